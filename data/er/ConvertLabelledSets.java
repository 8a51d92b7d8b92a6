import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the labelled sets in {@code shared/datasets/er} into the CSV that {@code resolution evaluate} reads:
 * {@code unique_id}, {@code cluster} (the truth) and the person columns. Runs without a build:
 *
 * <pre>java data/er/ConvertLabelledSets.java SOURCE_DIR data/er</pre>
 *
 * where SOURCE_DIR holds {@code febrl/} and {@code splink/} as described in data/er/README.md.
 */
public class ConvertLabelledSets {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");
    private static final DateTimeFormatter COMPACT_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 2) {
            System.err.println("Usage: java data/er/ConvertLabelledSets.java SOURCE_DIR OUT_DIR");
            System.exit(64);
        }
        Path source = Path.of(arguments[0]);
        Path out = Path.of(arguments[1]);
        Files.createDirectories(out);
        febrl(out.resolve("febrl1.csv"), source.resolve("febrl/dataset1.csv"));
        febrl(out.resolve("febrl2.csv"), source.resolve("febrl/dataset2.csv"));
        febrl(out.resolve("febrl3.csv"), source.resolve("febrl/dataset3.csv"));
        febrl(out.resolve("febrl4.csv"), source.resolve("febrl/dataset4a.csv"), source.resolve("febrl/dataset4b.csv"));
        splinkFake1000(out.resolve("fake_1000.csv"), source.resolve("splink/fake_1000.csv"));
        historicalFigures(out.resolve("historical_figures_with_errors_50k.csv"),
                source.resolve("splink/historical_figures_with_errors_50k.csv"));
    }

    /** FEBRL columns keep their meaning; the entity number inside {@code rec-N-...} becomes the cluster. */
    private static void febrl(Path target, Path... sources) throws IOException {
        List<String> header = List.of("unique_id", "cluster", "first_name", "surname", "dob", "postcode",
                "street_number", "address_1", "address_2", "suburb", "state", "soc_sec_id");
        List<List<String>> rows = new ArrayList<>();
        for (Path file : sources) {
            for (Map<String, String> row : read(file)) {
                Matcher id = FEBRL_ID.matcher(row.get("rec_id"));
                if (!id.matches()) {
                    throw new IllegalStateException(file + ": unexpected rec_id " + row.get("rec_id"));
                }
                rows.add(List.of(row.get("rec_id"), id.group(1), row.get("given_name"), row.get("surname"),
                        isoDate(row.get("date_of_birth")), row.get("postcode"), row.get("street_number"),
                        row.get("address_1"), row.get("address_2"), row.get("suburb"), row.get("state"),
                        row.get("soc_sec_id")));
            }
        }
        write(target, header, rows);
    }

    private static void splinkFake1000(Path target, Path source) throws IOException {
        List<String> header = List.of("unique_id", "cluster", "first_name", "surname", "dob", "city", "email");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : read(source)) {
            rows.add(header.stream().map(row::get).toList());
        }
        write(target, header, rows);
    }

    private static void historicalFigures(Path target, Path source) throws IOException {
        List<String> header = List.of("unique_id", "cluster", "first_name", "surname", "dob", "postcode", "sex",
                "birth_place", "occupation", "full_name");
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : read(source)) {
            rows.add(List.of(row.get("unique_id"), row.get("cluster"), row.get("first_name"), row.get("surname"),
                    row.get("dob"), row.get("postcode_fake"), row.get("gender"), row.get("birth_place"),
                    row.get("occupation"), row.get("full_name")));
        }
        write(target, header, rows);
    }

    /** FEBRL writes dates as YYYYMMDD and some of its typos make impossible dates: those stay as they were. */
    private static String isoDate(String compact) {
        try {
            return LocalDate.parse(compact, COMPACT_DATE).toString();
        } catch (DateTimeParseException notADate) {
            return compact;
        }
    }

    /** The sources are plain CSV with optional double quotes; FEBRL also puts a space after each comma. */
    private static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = fields(reader.readLine());
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int column = 0; column < header.size(); column++) {
                    row.put(header.get(column), column < values.size() ? values.get(column) : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (quoted && c == '"' && at + 1 < line.length() && line.charAt(at + 1) == '"') {
                field.append('"');
                at++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", header));
            writer.write('\n');
            for (List<String> row : rows) {
                writer.write(String.join(",", row.stream().map(ConvertLabelledSets::quoted).toList()));
                writer.write('\n');
            }
        }
        System.out.println(target + ": " + rows.size() + " records");
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
