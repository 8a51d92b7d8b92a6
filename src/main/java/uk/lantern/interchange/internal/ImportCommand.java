package uk.lantern.interchange.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.LanternCommand;

/**
 * {@code import FILE}: imports a JSON Lines file (or a CSV of referrals, by its .csv name) against the configured
 * database and prints the report. While it runs, a line of progress (records done, rate, time left) goes to standard
 * error every few seconds. Exit 0 when committed, 1 when rejected (nothing stored), 64 on misuse.
 */
@Component
class ImportCommand implements LanternCommand {

    private final Importer importer;
    private final Duration progressInterval;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportCommand(Importer importer,
                  @Value("${lantern.import.progress-interval:PT5S}") Duration progressInterval) {
        this.importer = importer;
        this.progressInterval = progressInterval;
    }

    @Override
    public List<String> words() {
        return List.of("import");
    }

    @Override
    public String usage() {
        return "import FILE   import a JSON Lines file, or a .csv of referrals (see docs/import-format.md)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        return run(arguments, out, System.err);
    }

    /** As {@link #run(List, PrintStream)}, with a progress line on {@code progress} every few seconds. */
    int run(List<String> arguments, PrintStream out, PrintStream progress) {
        List<String> files = arguments.stream().filter(argument -> !argument.startsWith("--")).toList();
        if (files.size() != 1) {
            out.println("Usage: java -jar lantern.jar " + usage());
            return 64;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isReadable(file)) {
            out.println("Cannot read " + file);
            return 64;
        }
        LedgerActor actor = LedgerActor.system("import");
        String name = file.getFileName().toString();
        ImportReport report;
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "import-progress");
            thread.setDaemon(true);
            return thread;
        });
        try {
            reporter.scheduleAtFixedRate(() -> importer.running().forEach(running ->
                    progress.println(running.describe())), progressInterval.toMillis(), progressInterval.toMillis(),
                    TimeUnit.MILLISECONDS);
            report = name.toLowerCase().endsWith(".csv")
                    ? importer.importReferralCsv(actor, file, name)
                    : importer.importJsonLines(actor, file, name);
        } finally {
            reporter.shutdownNow();
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        out.println(report.committed()
                ? "Imported " + name + ": " + report.accepted() + " accepted, " + report.unchanged() + " unchanged."
                : "Rejected " + name + ": nothing was stored. " + report.rejected() + " lines have problems; the "
                        + "first is line " + report.problems().get(0).line() + " (" + report.problems().get(0).field()
                        + "): " + report.problems().get(0).message());
        return report.committed() ? 0 : 1;
    }
}
