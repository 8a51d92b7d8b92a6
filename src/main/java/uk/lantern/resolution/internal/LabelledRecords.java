package uk.lantern.resolution.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;

/**
 * A labelled CSV for {@code resolution evaluate}: a header, then one record a line with its {@code unique_id}, its
 * true {@code cluster} and any of the {@link PersonField} columns. Other columns are reported and ignored.
 *
 * @param records the records in file order
 * @param truth the true cluster of each record, in the same order
 * @param usedColumns the person columns found
 * @param ignoredColumns the columns that are neither the id, the cluster nor a person field
 */
record LabelledRecords(List<PersonRecord> records, List<String> truth, List<String> usedColumns,
        List<String> ignoredColumns) {

    static final String ID = "unique_id";
    static final String CLUSTER = "cluster";

    /** The file cannot be used; the message names the file, and the line or column at fault. */
    static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    /** The file cannot be opened or read at all. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static LabelledRecords read(Path file) throws BadFile, UnreadableFile {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return read(file, parser);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException unreadable) {
            throw new UnreadableFile("Cannot read " + file + ": " + messageOf(unreadable), unreadable);
        }
    }

    private static LabelledRecords read(Path file, CSVParser parser) throws BadFile {
        List<String> header = parser.getHeaderNames();
        for (String required : List.of(ID, CLUSTER)) {
            if (!header.contains(required)) {
                throw new BadFile(file + ": the header has no " + required + " column (it has: "
                        + String.join(", ", header) + ")");
            }
        }
        Map<String, PersonField> fields = new java.util.LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (String column : header) {
            Optional<PersonField> field = PersonField.forColumn(column);
            if (field.isPresent()) {
                fields.put(column, field.get());
            } else if (!column.equals(ID) && !column.equals(CLUSTER)) {
                ignored.add(column);
            }
        }
        List<PersonRecord> records = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        Map<String, Long> lineOfId = new HashMap<>();
        for (CSVRecord row : parser) {
            long line = row.getRecordNumber() + 1;
            if (!row.isConsistent()) {
                throw new BadFile(file + " line " + line + ": " + row.size() + " values, but the header has "
                        + header.size() + " columns");
            }
            String id = row.get(ID);
            if (id.isEmpty()) {
                throw new BadFile(file + " line " + line + ": unique_id is empty");
            }
            Long earlier = lineOfId.putIfAbsent(id, line);
            if (earlier != null) {
                throw new BadFile(file + " line " + line + ": unique_id '" + id + "' is already used on line "
                        + earlier);
            }
            if (row.get(CLUSTER).isEmpty()) {
                throw new BadFile(file + " line " + line + ": cluster is empty");
            }
            Map<PersonField, String> values = new EnumMap<>(PersonField.class);
            fields.forEach((column, field) -> values.put(field, row.get(column)));
            records.add(new PersonRecord(id, values));
            truth.add(row.get(CLUSTER));
        }
        if (records.isEmpty()) {
            throw new BadFile(file + ": no records after the header");
        }
        return new LabelledRecords(records, truth, List.copyOf(fields.keySet()), ignored);
    }

    private static String messageOf(Exception failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
