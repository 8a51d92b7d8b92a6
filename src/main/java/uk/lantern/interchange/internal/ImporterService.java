package uk.lantern.interchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.interchange.RejectedRecord;
import uk.lantern.ledger.LedgerActor;

@Service
class ImporterService implements Importer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FileImport fileImport;
    private final ReferralCsv referralCsv;

    ImporterService(FileImport fileImport, ReferralCsv referralCsv) {
        this.fileImport = fileImport;
        this.referralCsv = referralCsv;
    }

    @Override
    public ImportReport importJsonLines(LedgerActor by, Path file, String fileName) {
        List<RejectedRecord> notText = ImportText.firstProblem(file).stream().toList();
        return fileImport.run(by, each -> readJsonLines(file, each), fileName, "JSON_LINES", notText);
    }

    @Override
    public ImportReport importReferralCsv(LedgerActor by, Path file, String fileName) {
        List<RejectedRecord> problems = new ArrayList<>();
        ImportText.firstProblem(file).ifPresent(problems::add);
        List<SourceRecord> records = problems.isEmpty() ? referralCsv.read(file, problems) : List.of();
        return fileImport.run(by, records::forEach, fileName, "CSV", problems);
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
