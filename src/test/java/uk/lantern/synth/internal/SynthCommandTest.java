package uk.lantern.synth.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SynthCommandTest {

    private final SynthCommand command = new SynthCommand(
            Clock.fixed(Instant.parse("2026-05-20T14:33:00Z"), ZoneOffset.UTC));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesABundleAndPrintsTheSummary() throws Exception {
        Path bundle = dir.resolve("bundle");

        int code = command.run(List.of("--seed", "7", "--children", "40", "--out", bundle.toString(),
                "--months=6"), out);

        assertThat(code).isZero();
        assertThat(command.words()).containsExactly("synth");
        assertThat(printed()).contains("seed      7", "children  40", "months    6", "referral", "Written to");
        // Without --now the period ends at the start of the day the command runs.
        assertThat(printed()).contains("now       2026-05-20T00:00:00Z");
        assertThat(bundle.resolve("lantern.jsonl")).isNotEmptyFile();
        assertThat(bundle.resolve("ground-truth.json")).isNotEmptyFile();
        assertThat(Files.readString(bundle.resolve("SUMMARY.txt"))).contains("children  40", "lantern.jsonl");
        try (var files = Files.list(bundle)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("lantern.jsonl", "ground-truth.json", "SUMMARY.txt");
        }
    }

    @Test
    void nowCanBeGivenSoTheBundleCanBeReproduced() {
        int code = command.run(List.of("--seed", "7", "--children", "5", "--out", dir.toString(), "--now",
                "2025-12-31"), out);

        assertThat(code).isZero();
        assertThat(printed()).contains("now       2025-12-31T00:00:00Z");
    }

    @Test
    void aMissingOptionIsAUsageErrorNamingIt() {
        int code = command.run(List.of("--children", "10", "--out", dir.toString()), out);

        assertThat(code).isEqualTo(64);
        assertThat(printed()).contains("--seed is required", "Usage: java -jar lantern.jar synth");
    }

    @Test
    void aBadNumberIsAUsageErrorNamingTheOption() {
        assertThat(command.run(List.of("--seed", "1", "--children", "many", "--out", dir.toString()), out))
                .isEqualTo(64);
        assertThat(printed()).contains("--children must be a whole number from 1 to 10000000, not 'many'");
    }

    @Test
    void otherMisusesAreUsageErrorsToo() {
        assertThat(command.run(List.of("--seed", "1", "--children", "0", "--out", "x"), out)).isEqualTo(64);
        assertThat(command.run(List.of("--seed", "1", "--children", "3", "--out", "x", "--colour", "red"), out))
                .isEqualTo(64);
        assertThat(command.run(List.of("--seed", "1", "--children", "3", "--out"), out)).isEqualTo(64);
        assertThat(command.run(List.of("--seed", "1", "--children", "3", "--out", "x", "--now", "soon"), out))
                .isEqualTo(64);
        assertThat(command.run(List.of("--seed", "1", "--children", "3", "--out", "x", "--months", "0"), out))
                .isEqualTo(64);
        assertThat(command.run(List.of("stray", "--seed", "1"), out)).isEqualTo(64);
        assertThat(printed()).contains("--children must be", "Unknown option --colour", "--out needs a value",
                "--now must be a date", "--months must be", "Unexpected argument 'stray'");
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "not a directory");

        int code = command.run(List.of("--seed", "1", "--children", "3", "--out", file.toString()), out);

        assertThat(code).isEqualTo(74);
        assertThat(printed()).contains("Could not write the bundle");
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
