package uk.lantern.resolution.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SynthRecordsCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void theUkHardProfileWritesTheHardSet() throws Exception {
        Path file = directory.resolve("uk-hard.csv");

        int exitCode = new SynthRecordsCommand().run(List.of("--profile", "uk-hard", "--records", "300", "--seed",
                "11", "--out", file.toString()), out);

        assertThat(exitCode).isZero();
        StringWriter expected = new StringWriter();
        new UkHardPeople(11).write(300, expected);
        assertThat(Files.readString(file)).isEqualTo(expected.toString()).startsWith(UkHardPeople.HEADER + "\n");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Wrote 300 records to " + file);
    }

    @Test
    void theBasicProfileIsTheDefault() throws Exception {
        Path unnamed = directory.resolve("unnamed.csv");
        Path basic = directory.resolve("basic.csv");

        assertThat(new SynthRecordsCommand().run(List.of("--records", "200", "--seed", "4", "--out",
                unnamed.toString()), out)).isZero();
        assertThat(new SynthRecordsCommand().run(List.of("--profile", "basic", "--records", "200", "--seed", "4",
                "--out", basic.toString()), out)).isZero();

        assertThat(Files.readString(unnamed)).isEqualTo(Files.readString(basic))
                .startsWith("unique_id,cluster,first_name,surname,dob,postcode,sex,phone,nhs_number\n");
    }

    @Test
    void anUnknownProfileIsMisuseNamingTheOption() {
        Path file = directory.resolve("never.csv");

        int exitCode = new SynthRecordsCommand().run(List.of("--profile", "uk-easy", "--records", "10", "--seed",
                "1", "--out", file.toString()), out);

        assertThat(exitCode).isEqualTo(SynthRecordsCommand.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--profile must be basic or uk-hard, not "
                + "'uk-easy'").contains("Usage: java -jar lantern.jar resolution synth-records [--profile");
        assertThat(file).doesNotExist();
    }
}
