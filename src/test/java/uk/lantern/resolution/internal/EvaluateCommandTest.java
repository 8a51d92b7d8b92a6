package uk.lantern.resolution.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.lantern.runtime.StandaloneCommands;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

    private static final Pattern LAST_LINE = Pattern.compile("precision=(\\d\\.\\d{4}) recall=(\\d\\.\\d{4}) "
            + "f1=(\\d\\.\\d{4})");
    private static final Path FAKE_1000 = Path.of("data/er/fake_1000.csv");

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void resolvesFake1000AboveItsF1FloorAndEndsWithThePairwiseScores() throws Exception {
        Path predictions = directory.resolve("predictions.csv");

        int exitCode = new EvaluateCommand().run(List.of(FAKE_1000.toString(), "--out", predictions.toString()),
                out);

        assertThat(exitCode).isZero();
        List<String> lines = lines();
        Matcher last = LAST_LINE.matcher(lines.get(lines.size() - 1));
        assertThat(last.matches()).as("last line %s", lines.get(lines.size() - 1)).isTrue();
        // At Lantern's own thresholds (0.95): the target, met with 0.9703 (docs/benchmarks.md).
        assertThat(Double.parseDouble(last.group(3))).isGreaterThanOrEqualTo(0.97);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("pairs scored at or above the match threshold"));
        assertThat(lines.get(lines.size() - 2)).startsWith("b-cubed precision=");
        List<String> written = Files.readAllLines(predictions);
        assertThat(written.get(0)).isEqualTo("unique_id,predicted_cluster");
        assertThat(written).hasSize(1_001);
        assertThat(written.get(1)).startsWith("0,");
    }

    @Test
    void aFileWithoutUniqueIdIsRefusedNamingTheColumn() throws Exception {
        Path file = write("id,cluster,first_name\n1,a,Ann\n");

        assertThat(new EvaluateCommand().run(List.of(file.toString()), out)).isEqualTo(EvaluateCommand.BAD_DATA);
        assertThat(printed()).contains("no unique_id column").contains("id, cluster, first_name");
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothLines() throws Exception {
        Path file = write("unique_id,cluster,first_name\n1,a,Ann\n2,a,Anne\n1,b,Tom\n");

        assertThat(new EvaluateCommand().run(List.of(file.toString()), out)).isEqualTo(EvaluateCommand.BAD_DATA);
        assertThat(printed()).contains("line 4: unique_id '1' is already used on line 2");
    }

    @Test
    void aRowWithTooManyValuesIsRefusedNamingItsLine() throws Exception {
        Path file = write("unique_id,cluster,first_name\n1,a,Ann\n2,a,Anne,extra\n");

        assertThat(new EvaluateCommand().run(List.of(file.toString()), out)).isEqualTo(EvaluateCommand.BAD_DATA);
        assertThat(printed()).contains("line 3: 4 values, but the header has 3 columns");
    }

    @Test
    void aMissingFileIsReportedAsUnreadable() {
        Path missing = directory.resolve("nowhere.csv");

        assertThat(new EvaluateCommand().run(List.of(missing.toString()), out)).isEqualTo(EvaluateCommand.NO_INPUT);
        assertThat(printed()).contains("Cannot read " + missing);
    }

    @Test
    void misuseShowsTheUsage() {
        assertThat(new EvaluateCommand().run(List.of(), out)).isEqualTo(EvaluateCommand.USAGE);
        assertThat(new EvaluateCommand().run(List.of("a.csv", "--match-threshold", "2"), out))
                .isEqualTo(EvaluateCommand.USAGE);
        assertThat(printed()).contains("Usage: java -jar lantern.jar resolution evaluate");
    }

    @Test
    void theResolutionCommandsRunWithoutTheApplication() {
        assertThat(StandaloneCommands.matching(List.of("resolution", "evaluate", "x.csv")))
                .containsInstanceOf(EvaluateCommand.class);
        assertThat(StandaloneCommands.matching(List.of("resolution", "synth-records")))
                .containsInstanceOf(SynthRecordsCommand.class);
        assertThat(StandaloneCommands.matching(List.of("ledger", "verify"))).isEmpty();
    }

    @Test
    void syntheticRecordsComeOutInTheEvaluateFormat() throws Exception {
        Path file = directory.resolve("people.csv");

        int exitCode = new SynthRecordsCommand().run(List.of("--records", "500", "--seed", "3", "--out",
                file.toString()), out);

        assertThat(exitCode).isZero();
        LabelledRecords people = LabelledRecords.read(file);
        assertThat(people.records()).hasSize(500);
        assertThat(people.usedColumns()).containsExactly("first_name", "surname", "dob", "postcode", "sex", "phone",
                "nhs_number");
        assertThat(people.truth().stream().distinct().count()).isBetween(100L, 300L);
        assertThat(Files.readString(file)).isEqualTo(synthesised(500, 3));
    }

    private String synthesised(int records, long seed) throws Exception {
        java.io.StringWriter again = new java.io.StringWriter();
        new SyntheticPeople(seed).write(records, again);
        return again.toString();
    }

    private Path write(String content) throws Exception {
        Path file = directory.resolve("input.csv");
        Files.writeString(file, content);
        return file;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private List<String> lines() {
        return new ArrayList<>(printed().lines().toList());
    }
}
