package uk.lantern.demo.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.SyntheticBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database holding the demo town takes a synthetic bundle of any other seed whole: the two bundles number their
 * records alike, and only the seed in their source systems keeps them apart.
 */
class AnotherSeedIntoDemoTownIT extends IntegrationTestBase {

    private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");
    private static final long OTHER_SEED = 5;
    private static final int CHILDREN = 25;

    @Autowired
    Importer importer;

    @TempDir
    Path directory;

    @Test
    void aBundleOfAnotherSeedIsStoredWholeBesideTheDemoTown() throws Exception {
        // Both bundles' systems get one suffix of this test's own, so that other tests' imports of the demo seed,
        // made on other days of the movable clock, cannot meet these; the seeds are all that tells the two apart.
        String suffix = "-t" + unique("");
        Path demo = bundle(DemoTown.SEED, suffix);
        Path other = bundle(OTHER_SEED, suffix);

        ImportReport demoTown = importer.importJsonLines(LedgerActor.system("test"), demo, "demo-seed.jsonl");
        assertThat(demoTown.problems()).isEmpty();
        assertThat(demoTown.committed()).isTrue();

        ImportReport report = importer.importJsonLines(LedgerActor.system("test"), other, "other-seed.jsonl");
        List<String> lines = lines(other);
        long agencies = lines.stream().filter(line -> line.startsWith("{\"type\":\"agency\"")).count();
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isTrue();
        assertThat(report.rejected()).isZero();
        assertThat(report.unchanged()).as("only the agency directory, the same in every bundle, is shared")
                .isEqualTo(agencies);
        assertThat(report.accepted()).isEqualTo(lines.size() - agencies);
        assertThat(jdbc.sql("SELECT count(*) FROM import_record WHERE source_system LIKE ? AND import_run_id = ?")
                .params("%-seed" + OTHER_SEED + suffix, report.importId()).query(Long.class).single())
                .as("every record of the other seed is stored and remembered under its own source system")
                .isEqualTo(report.accepted());
    }

    private Path bundle(long seed, String suffix) throws Exception {
        Path out = directory.resolve("bundle-" + seed);
        SyntheticBundle.write(new SynthSpec(seed, CHILDREN, NOW), out);
        List<String> lines = lines(out.resolve("lantern.jsonl")).stream()
                .map(line -> line.replaceAll("\"sourceSystem\":\"([^\"]+)\"", "\"sourceSystem\":\"$1" + suffix + "\""))
                .toList();
        Path file = out.resolve("suffixed.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }
}
