package uk.lantern.interchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.interchange.ImportProgress;
import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.interchange.RejectedRecord;
import uk.lantern.ledger.LedgerActor;

@Service
class ImporterService implements Importer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ImporterService.class);

    private final FileImport fileImport;
    private final ReferralCsv referralCsv;
    private final RunningImports running;

    ImporterService(FileImport fileImport, ReferralCsv referralCsv, RunningImports running) {
        this.fileImport = fileImport;
        this.referralCsv = referralCsv;
        this.running = running;
    }

    @Override
    public List<ImportProgress> running() {
        return running.all();
    }

    @Override
    public ImportReport importJsonLines(LedgerActor by, Path file, String fileName, UUID importId) {
        List<RejectedRecord> problems = new ArrayList<>();
        readable(file, problems, () -> ImportText.firstProblem(file).ifPresent(problems::add));
        return fileImport.run(by, importId, each -> readJsonLines(file, each), fileName, "JSON_LINES",
                problems);
    }

    @Override
    public ImportReport importReferralCsv(LedgerActor by, Path file, String fileName, UUID importId) {
        List<RejectedRecord> problems = new ArrayList<>();
        List<SourceRecord> records = new ArrayList<>();
        readable(file, problems, () -> ImportText.firstProblem(file).ifPresent(problems::add));
        if (problems.isEmpty()) {
            readable(file, problems, () -> records.addAll(referralCsv.read(file, problems)));
        }
        return fileImport.run(by, importId, records::forEach, fileName, "CSV", problems);
    }

    /** Reads the file; if it cannot be read at all, that is the file's problem, so the rejection is still recorded. */
    private static void readable(Path file, List<RejectedRecord> problems, Runnable reading) {
        try {
            reading.run();
        } catch (UncheckedIOException unreadable) {
            log.error("Cannot read the import file {}", file, unreadable);
            problems.add(new RejectedRecord(0, "file", "The file could not be read. The cause is in Lantern's log."));
        }
    }

    @Override
    public boolean hasCommitted(String fileName) {
        return fileImport.hasCommitted(fileName);
    }

    /** Streams the file a line at a time, so a large file is never held in memory. Blank lines are skipped. */
    private static void readJsonLines(Path file, Consumer<SourceRecord> each) {
        try (BufferedReader reader = ImportText.open(file)) {
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank()) {
                    each.accept(new SourceRecord(line, parse(text)));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A line that is not a JSON object becomes a record with no JSON, which the checks reject by line number. */
    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node.isObject() ? node : null;
        } catch (JacksonException malformed) {
            return null;
        }
    }
}
