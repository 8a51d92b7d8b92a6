package uk.lantern.interchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.interchange.Importer;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.UniqueBundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A running import's progress, in the API and on the command line. */
class ImportProgressIT extends IntegrationTestBase {

    @Autowired
    RunningImports running;
    @Autowired
    Importer importer;

    @TempDir
    Path directory;

    @Test
    void administratorsSeeRunningImportsAndNoOneElseDoes() throws Exception {
        UUID id = UUID.randomUUID();
        String fileName = unique("progress-") + ".jsonl";
        try (RunningImports.Tracker tracker = running.start(id, fileName)) {
            tracker.phase("STORING", 40);
            for (int i = 0; i < 10; i++) {
                tracker.advance();
            }
            mvc.perform(get("/api/v1/imports/running").header("Authorization", bearer(tokenFor("admin"))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.importId == '" + id + "')].fileName").value(fileName))
                    .andExpect(jsonPath("$[?(@.importId == '" + id + "')].phase").value("STORING"))
                    .andExpect(jsonPath("$[?(@.importId == '" + id + "')].done").value(10))
                    .andExpect(jsonPath("$[?(@.importId == '" + id + "')].total").value(40));
            for (String refused : List.of("triage", "manager", "auditor", "analyst")) {
                mvc.perform(get("/api/v1/imports/running").header("Authorization", bearer(tokenFor(refused))))
                        .andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/api/v1/imports/running").header("Authorization", bearer(tokenFor("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.importId == '" + id + "')]").isEmpty());
    }

    @Test
    void theImportCommandPrintsProgressLinesWhileItRuns() throws Exception {
        Path file = UniqueBundles.write(directory, 21, 200, "-p" + unique(""));
        long records = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(importer, Duration.ofMillis(20));

        int exit = command.run(List.of(file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported unique.jsonl: " + records + " accepted");
        List<String> lines = progress.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                "(Checking|Storing) unique\\.jsonl: \\d+ of " + records + " records \\(\\d+%\\), \\d+ records/s, "
                        + "(about \\d+ s left|time left not known yet)"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Storing"));
    }
}
