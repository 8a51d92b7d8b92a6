package uk.lantern.interchange.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.RejectedRecord;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.runtime.StorableText;

/**
 * Imports a file in two passes. The first checks every record (schema, references, duplicates) without writing
 * anything. Only when no record has a problem does the second store them all, in one transaction and in batches
 * ({@link StoringRun}): if anything fails there, or the process dies, the transaction rolls back and nothing of the
 * file remains. Both passes report their progress to {@link RunningImports}.
 */
@Component
class FileImport {

    static final int MAX_PROBLEMS = 1_000;
    private static final int CHECK_CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(FileImport.class);

    /** Records of one file, which can be read more than once (once to check, once to store). */
    interface Records {
        void forEach(Consumer<SourceRecord> each);
    }

    /** A problem found while storing, after the checks passed: it still names the line and field. */
    static final class StoringFailed extends RuntimeException {
        final RejectedRecord problem;

        StoringFailed(RejectedRecord problem, Throwable cause) {
            super(problem.message(), cause);
            this.problem = problem;
        }
    }

    private final InterchangeSchema schema;
    private final ImportKeys keys;
    private final RecordApplier applier;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final Clock clock;
    private final RunningImports running;

    FileImport(InterchangeSchema schema, ImportKeys keys, RecordApplier applier, PlatformTransactionManager manager,
               Ledger ledger, Clock clock, RunningImports running) {
        this.running = running;
        this.schema = schema;
        this.keys = keys;
        this.applier = applier;
        this.transaction = new TransactionTemplate(manager);
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Checks, then stores, the file's records. Every outcome is recorded: a file rejected for its content, and a file
     * whose import failed in a way no check foresaw, both write IMPORT_REJECTED.
     */
    ImportReport run(LedgerActor by, UUID run, Records records, String fileName, String format,
                     List<RejectedRecord> earlier) {
        if (!earlier.isEmpty()) {
            return rejected(by, run, fileName, format, earlier, 0);
        }
        try (RunningImports.Tracker progress = running.start(run, fileName)) {
            Set<String> systems = new HashSet<>();
            long total = firstLook(records, systems);
            KnownKeys known = keys.loadFor(systems);
            progress.phase("CHECKING", total);
            List<RejectedRecord> problems = check(records, known, progress);
            if (!problems.isEmpty()) {
                return rejected(by, run, fileName, format, problems, 0);
            }
            progress.phase("STORING", total);
            return transaction.execute(status -> store(by, run, records, fileName, format, known, progress));
        } catch (StoringFailed failed) {
            return rejected(by, run, fileName, format, List.of(failed.problem), 0);
        } catch (RuntimeException unforeseen) {
            log.error("The import of {} failed; nothing of it was stored", fileName, unforeseen);
            return rejected(by, run, fileName, format, List.of(new RejectedRecord(0, "file", "The import failed "
                    + "and nothing of the file was stored. The cause is in Lantern's log.")), 0);
        }
    }

    boolean hasCommitted(String fileName) {
        return keys.hasCommitted(fileName);
    }

    /**
     * A quick first look: collects the source systems a file names, in its records and its references, and returns
     * how many records it has, for the progress of the passes that follow.
     */
    private static long firstLook(Records records, Set<String> systems) {
        long[] count = new long[1];
        records.forEach(record -> {
            count[0]++;
            if (record.json() != null) {
                systems.add(record.sourceSystem());
                record.json().findValues("sourceSystem").forEach(system -> systems.add(system.asString()));
            }
        });
        return count[0];
    }

    /** Pass one: every problem in the file, without writing anything. */
    private List<RejectedRecord> check(Records records, KnownKeys known, RunningImports.Tracker progress) {
        FileChecks checks = new FileChecks(known);
        List<SourceRecord> chunk = new ArrayList<>(CHECK_CHUNK);
        records.forEach(record -> {
            chunk.add(record);
            if (chunk.size() == CHECK_CHUNK) {
                checkChunk(chunk, checks, progress);
                chunk.clear();
            }
        });
        checkChunk(chunk, checks, progress);
        return checks.problems;
    }

    /** What a record's own checks found, and the hash of its content, for the checks across records. */
    private record OwnCheck(List<RejectedRecord> problems, String contentHash) {
    }

    /**
     * A record's own checks (schema and storable text) and its content hash need nothing but the record, so a
     * chunk's run on every core; the checks across records (duplicates, earlier imports, references) then follow in
     * file order.
     */
    private void checkChunk(List<SourceRecord> chunk, FileChecks checks, RunningImports.Tracker progress) {
        List<OwnCheck> own = chunk.parallelStream().map(this::ownCheck).toList();
        for (int i = 0; i < chunk.size(); i++) {
            progress.advance();
            if (checks.problems.size() < MAX_PROBLEMS) {
                checks.acrossRecords(chunk.get(i), own.get(i));
            }
        }
    }

    private OwnCheck ownCheck(SourceRecord record) {
        if (record.json() == null) {
            return new OwnCheck(List.of(new RejectedRecord(record.line(), "record", "Not a JSON object")), null);
        }
        List<RejectedRecord> found = new ArrayList<>(schema.check(record.line(), record.json()));
        found.addAll(unstorableText(record.line(), record.json(), ""));
        return new OwnCheck(found, record.contentHash());
    }

    /** What the checks across a file's records have seen so far, and the problems found. */
    private static final class FileChecks {

        private final KnownKeys known;
        private final List<RejectedRecord> problems = new ArrayList<>();
        private final Map<String, String> hashes = new HashMap<>();
        private final Set<String> defined = new HashSet<>();

        FileChecks(KnownKeys known) {
            this.known = known;
        }

        void acrossRecords(SourceRecord record, OwnCheck own) {
            problems.addAll(own.problems());
            if (record.json() == null) {
                return;
            }
            if (!own.problems().isEmpty()) {
                // Count it as defined all the same, so records that refer to it are not reported as well.
                defined.add(record.key());
                return;
            }
            String hash = own.contentHash();
            String previous = hashes.put(record.key(), hash);
            if (previous != null && !previous.equals(hash)) {
                problems.add(new RejectedRecord(record.line(), "sourceId", "Another line of this file has the same "
                        + record.type() + " " + record.sourceSystem() + "/" + record.sourceId()
                        + " with different content"));
            }
            known.find(record.type(), record.sourceSystem(), record.sourceId())
                    .filter(earlier -> !earlier.contentHash().equals(hash))
                    .filter(earlier -> !RecordApplier.updatable(record.type()))
                    .ifPresent(earlier -> problems.add(new RejectedRecord(record.line(), "sourceId", record.type()
                            + " " + record.sourceSystem() + "/" + record.sourceId() + " was imported before with "
                            + "different content; only child and person records are updated by a later import")));
            problems.addAll(References.missing(record, defined, known));
            defined.add(record.key());
        }
    }

    /** Every text value (at any depth) that PostgreSQL cannot store as given, such as an escaped NUL. */
    private static List<RejectedRecord> unstorableText(long line, JsonNode node, String path) {
        List<RejectedRecord> problems = new ArrayList<>();
        if (node.isString()) {
            String problem = StorableText.problem(node.asString());
            if (problem != null) {
                problems.add(new RejectedRecord(line, path.isEmpty() ? "record" : path, path + " " + problem));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                problems.addAll(unstorableText(line, node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                String nameProblem = StorableText.problem(property.getKey());
                if (nameProblem != null) {
                    problems.add(new RejectedRecord(line, "record", "A field name " + nameProblem));
                }
                problems.addAll(unstorableText(line, property.getValue(), field));
            }
        }
        return problems;
    }

    /** Pass two, inside one transaction: store every record that is new, update every changed one. */
    private ImportReport store(LedgerActor by, UUID run, Records records, String fileName, String format,
                               KnownKeys known, RunningImports.Tracker progress) {
        keys.startRun(run, fileName, format, by.actorName(), clock.instant(), "COMMITTED");
        StoringRun storing = new StoringRun(by, run, fileName, known, applier, keys, clock.instant());
        records.forEach(record -> {
            storing.take(record);
            progress.advance();
        });
        storing.finish();
        keys.finishRun(run, storing.accepted(), storing.unchanged(), 0, clock.instant());
        ledger.append(new LedgerRecord(by, "IMPORT_COMMITTED", "IMPORT", run.toString(), Map.of("file", fileName,
                "format", format, "accepted", storing.accepted(), "unchanged", storing.unchanged())));
        log.info("Imported {}: {} accepted, {} unchanged", fileName, storing.accepted(), storing.unchanged());
        return new ImportReport(run, fileName, true, storing.accepted(), storing.unchanged(), 0,
                storing.acceptedByType(), List.of());
    }

    /** A rejected file stores nothing of its records, but the attempt itself is recorded. */
    private ImportReport rejected(LedgerActor by, UUID run, String fileName, String format,
                                  List<RejectedRecord> problems, long unchanged) {
        long rejectedLines = problems.stream().map(RejectedRecord::line).distinct().count();
        transaction.executeWithoutResult(status -> {
            keys.startRun(run, fileName, format, by.actorName(), clock.instant(), "REJECTED");
            keys.finishRun(run, 0, unchanged, rejectedLines, clock.instant());
            ledger.append(new LedgerRecord(by, "IMPORT_REJECTED", "IMPORT", run.toString(), Map.of("file", fileName,
                    "format", format, "rejected", rejectedLines, "firstProblemLine", problems.get(0).line())));
        });
        return new ImportReport(run, fileName, false, 0, unchanged, rejectedLines, Map.of(),
                List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
    }

}
