package uk.lantern.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.RunMode;
import uk.lantern.synth.SynthSpec;
import uk.lantern.oversight.OversightStatistics;
import uk.lantern.synth.SyntheticBundle;

/**
 * Fills a new demo database with a small synthetic town, through the same import as any other system's records.
 * It runs once, after start-up and in the background, so Lantern is ready to sign in to at once and the town
 * appears a few seconds later.
 */
@Component
class DemoTown {

    static final String FILE_NAME = "demo-town.jsonl";
    static final long SEED = 2026L;
    private static final Logger log = LoggerFactory.getLogger(DemoTown.class);

    private final RunMode runMode;
    private final Importer importer;
    private final Clock clock;
    private final OversightStatistics statistics;
    private final DemoCaseload caseload;
    private final int children;

    DemoTown(RunMode runMode, Importer importer, Clock clock, OversightStatistics statistics, DemoCaseload caseload,
             @Value("${lantern.demo.town-children:300}") int children) {
        this.runMode = runMode;
        this.importer = importer;
        this.clock = clock;
        this.statistics = statistics;
        this.caseload = caseload;
        this.children = children;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (runMode.seedsDemoData() && children > 0 && !importer.hasCommitted(FILE_NAME)) {
            new SimpleAsyncTaskExecutor("demo-town-").execute(this::build);
        }
    }

    /** Generates the town as of today and imports it; returns the report. */
    ImportReport build() {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("lantern-demo-town-");
            Set<CaseId> before = caseload.teamCases();
            SyntheticBundle.write(new SynthSpec(SEED, children, clock.instant().truncatedTo(ChronoUnit.DAYS)),
                    directory);
            ImportReport report = importer.importJsonLines(LedgerActor.system("demo-town"),
                    directory.resolve("lantern.jsonl"), FILE_NAME);
            log.info("Demo town: {} records imported ({})", report.accepted(), report.committed() ? "committed"
                    : "rejected: " + report.problems().get(0));
            if (report.committed()) {
                log.info("Demo town: {} cases allocated to the demo social worker", caseload.allocateNew(before));
                // So that the oversight pages show the town at once rather than after the next scheduled rebuild.
                statistics.refresh(LedgerActor.system("demo-town"));
            }
            return report;
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not build the demo town", failure);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
