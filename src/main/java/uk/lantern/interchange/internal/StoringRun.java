package uk.lantern.interchange.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.interchange.RejectedRecord;
import uk.lantern.ledger.LedgerActor;

/**
 * Pass two of one import, inside its transaction. Records of the types stored in batches wait in a batch of up to
 * {@link #BATCH} and are written together; any other record first writes the waiting batch (it may refer to a record
 * in it) and is then stored on its own. The source keys of stored records are written in batches too.
 */
final class StoringRun {

    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(StoringRun.class);
    private static final Pattern PLACE_IN_BATCH = Pattern.compile("^\\[(\\d+)]\\.(.*)$");

    private final LedgerActor by;
    private final UUID run;
    private final String fileName;
    private final KnownKeys known;
    private final RecordApplier applier;
    private final ImportKeys keys;
    private final Instant at;
    private final Map<String, List<SourceRecord>> waiting = new LinkedHashMap<>();
    private final Set<String> waitingKeys = new HashSet<>();
    private String waitingGroup;
    private final List<ImportKeys.Stored> unwritten = new ArrayList<>();
    private final Map<String, Long> acceptedByType = new TreeMap<>();
    private long accepted;
    private long unchanged;

    StoringRun(LedgerActor by, UUID run, String fileName, KnownKeys known, RecordApplier applier, ImportKeys keys,
               Instant at) {
        this.by = by;
        this.run = run;
        this.fileName = fileName;
        this.known = known;
        this.applier = applier;
        this.keys = keys;
        this.at = at;
    }

    /** Stores a record that is new, updates one whose content changed, and counts one that did not. */
    void take(SourceRecord record) {
        if (waitingKeys.contains(record.key())) {
            // The same record twice in one file (the checks allow it only with the same content).
            writeWaiting();
        }
        var earlier = known.find(record.type(), record.sourceSystem(), record.sourceId());
        if (earlier.isPresent()) {
            if (earlier.get().contentHash().equals(record.contentHash())) {
                unchanged++;
            } else {
                update(record, earlier.get().lanternId());
            }
            return;
        }
        if (RecordApplier.storedInBatches(record.type())) {
            if (!RecordApplier.batchGroup(record.type()).equals(waitingGroup)) {
                writeWaiting();
                waitingGroup = RecordApplier.batchGroup(record.type());
            }
            waiting.computeIfAbsent(record.type(), type -> new ArrayList<>()).add(record);
            waitingKeys.add(record.key());
            if (waitingKeys.size() >= BATCH) {
                writeWaiting();
            }
            return;
        }
        writeWaiting();
        UUID stored = storing(List.of(record), () -> List.of(applier.apply(by, record, known))).get(0);
        remember(record, stored);
    }

    /** Writes whatever is still waiting; call once, after the last record. */
    void finish() {
        writeWaiting();
        writeKeys();
    }

    long accepted() {
        return accepted;
    }

    long unchanged() {
        return unchanged;
    }

    Map<String, Long> acceptedByType() {
        return acceptedByType;
    }

    private void update(SourceRecord record, UUID lanternId) {
        writeWaiting();
        boolean changed = storing(List.of(record), () -> List.of(applier.update(by, record, lanternId))).get(0);
        keys.rememberUpdate(record.type(), record.sourceSystem(), record.sourceId(), record.contentHash(), run, at);
        known.add(record.type(), record.sourceSystem(), record.sourceId(),
                new ImportKeys.Known(lanternId, record.contentHash()));
        if (changed) {
            accepted++;
            acceptedByType.merge(record.type(), 1L, Long::sum);
        } else {
            // Written differently (say, fields in another order) but meaning the same.
            unchanged++;
        }
    }

    private void writeWaiting() {
        waiting.forEach((type, records) -> {
            List<UUID> ids = storing(records, () -> applier.applyAll(by, type, records, known));
            for (int i = 0; i < records.size(); i++) {
                remember(records.get(i), ids.get(i));
            }
        });
        waiting.clear();
        waitingKeys.clear();
    }

    private void remember(SourceRecord record, UUID stored) {
        known.add(record.type(), record.sourceSystem(), record.sourceId(),
                new ImportKeys.Known(stored, record.contentHash()));
        unwritten.add(new ImportKeys.Stored(record.type(), record.sourceSystem(), record.sourceId(), stored,
                record.contentHash()));
        accepted++;
        acceptedByType.merge(record.type(), 1L, Long::sum);
        if (unwritten.size() >= BATCH) {
            writeKeys();
        }
    }

    private void writeKeys() {
        if (!unwritten.isEmpty()) {
            keys.rememberAll(unwritten, run, at);
            unwritten.clear();
        }
    }

    /** Runs a write and turns its failure into the problem of the line it belongs to. */
    private <T> List<T> storing(List<SourceRecord> records, Supplier<List<T>> write) {
        try {
            return write.get();
        } catch (InvalidInputException invalid) {
            InvalidInputException.FieldError first = invalid.errors().get(0);
            Matcher place = PLACE_IN_BATCH.matcher(first.field());
            SourceRecord record = place.matches() ? records.get(Integer.parseInt(place.group(1))) : records.get(0);
            String field = place.matches() ? place.group(2) : first.field();
            throw new FileImport.StoringFailed(new RejectedRecord(record.line(), field, first.message()), invalid);
        } catch (AccessRefusedException | IllegalArgumentException | DateTimeException refused) {
            throw new FileImport.StoringFailed(new RejectedRecord(records.get(0).line(), "record",
                    refused.getMessage()), refused);
        } catch (DataAccessException notStorable) {
            long first = records.get(0).line();
            long last = records.get(records.size() - 1).line();
            log.error("The database refused lines {} to {} of {}", first, last, fileName, notStorable);
            throw new FileImport.StoringFailed(new RejectedRecord(first, "record", "The database refused "
                    + (first == last ? "this record" : "a record on lines " + first + " to " + last)
                    + ", so nothing of the file was stored. The cause is in Lantern's log."), notStorable);
        }
    }
}
