package uk.lantern.interchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Kills a separate Lantern process in the middle of an import, as a power cut or an operator's kill -9 would, and
 * checks that nothing of the file is left: the import's one transaction dies with its connection.
 */
class ImportKillIT extends IntegrationTestBase {

    private static final String APPLICATION_NAME = "lantern-kill-test";
    private static final Path JAR = Path.of("target", "lantern.jar");

    @Autowired
    ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    @Autowired
    Environment environment;
    @Autowired
    LedgerIntegrity integrity;

    @TempDir
    Path directory;

    @Test
    void killingTheProcessMidImportLeavesNoPartialImport() throws Exception {
        EmbeddedPostgres postgres = embeddedPostgres.getIfAvailable();
        assumeTrue(postgres != null && Files.exists(JAR), "needs the embedded database and the packaged jar");
        String system = "kill" + unique("");
        Path file = bundle(system);
        long children = count("SELECT count(*) FROM child");

        Path log = directory.resolve("import.log");
        Process process = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "import", file.toString(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/lantern?ApplicationName="
                        + APPLICATION_NAME,
                "--spring.datasource.username=lantern_app", "--spring.flyway.user=lantern_owner",
                "--lantern.ledger.signing-key-file=" + Path.of(environment.getRequiredProperty("lantern.data-dir"),
                        "ledger-signing-key.pem").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitWritingTransaction(process, log);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        awaitNoConnection();

        assertThat(count("SELECT count(*) FROM import_record WHERE source_system LIKE '%" + system + "'")).isZero();
        assertThat(count("SELECT count(*) FROM import_run WHERE file_name = '" + file.getFileName() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM child")).isEqualTo(children);
        assertThat(integrity.verify().intact()).isTrue();
    }

    /** Waits until the import's transaction has written rows, so the kill lands mid-import. */
    private void awaitWritingTransaction(Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the import process is still running: %s", readQuietly(log)).isTrue();
            if (count("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + APPLICATION_NAME
                    + "' AND backend_xid IS NOT NULL") > 0) {
                Thread.sleep(1_000);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The import never started writing: " + readQuietly(log));
    }

    private void awaitNoConnection() throws InterruptedException {
        for (int attempt = 0; attempt < 150; attempt++) {
            if (count("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + APPLICATION_NAME + "'")
                    == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The killed import's connection is still open");
    }

    private Path bundle(String system) throws Exception {
        Path out = directory.resolve("bundle");
        SyntheticBundle.write(new SynthSpec(99, 1500, Instant.parse("2026-10-01T00:00:00Z")), out);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("lantern.jsonl"))) {
            lines.add(line.replaceAll("\"sourceSystem\":\"([^\"]+)\"", "\"sourceSystem\":\"$1-" + system + "\""));
        }
        Path file = directory.resolve(system + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readQuietly(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (Exception unreadable) {
            return "(no log)";
        }
    }
}
