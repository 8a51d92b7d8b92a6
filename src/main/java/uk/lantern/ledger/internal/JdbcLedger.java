package uk.lantern.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.ledger.LedgerRecord;

@Component
class JdbcLedger implements Ledger {

    /** Serialises appends: the chain has one head, so writers take turns for the rest of their transaction. */
    private static final long APPEND_LOCK = 0x4c616e7465726eL;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntryView append(LedgerRecord record) {
        // Once this transaction has appended, it holds the lock and wrote the head: skip two queries others wait on.
        HeldHead held = heldHead();
        StoredEntry head;
        if (held != null) {
            head = held.head;
        } else {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 0).single();
            head = jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY sequence DESC LIMIT 1")
                    .query(StoredEntry::fromRow).optional().orElse(null);
        }
        long sequence = head == null ? 1 : head.sequence() + 1;
        String previousHash = head == null ? EntryHashing.GENESIS_HASH : head.hash();
        // PostgreSQL keeps microseconds; hashing the same precision keeps the stored row verifiable.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = CanonicalJson.write(record.payload());
        String payloadDigest = EntryHashing.payloadDigest(payload);
        String agency = record.actor().agencyName();
        String hash = EntryHashing.entryHash(sequence, recordedAt, record.actor().actorName(), agency,
                record.action(), record.subjectType(), record.subjectId(), payloadDigest, previousHash);
        StoredEntry entry = new StoredEntry(sequence, recordedAt, record.actor().actorName(), agency, record.action(),
                record.subjectType(), record.subjectId(), payload, payloadDigest, previousHash, hash);
        jdbc.sql("INSERT INTO ledger_entry (" + StoredEntry.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.sequence(), recordedAt.atOffset(ZoneOffset.UTC), entry.actor(), entry.agency(),
                        entry.action(), entry.subjectType(), entry.subjectId(), entry.payload(),
                        entry.payloadDigest(), entry.previousHash(), entry.hash())
                .update();
        if (held == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            held = new HeldHead();
            TransactionSynchronizationManager.registerSynchronization(held);
        }
        if (held != null) {
            held.head = entry;
        }
        return entry.toView();
    }

    private static HeldHead heldHead() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof HeldHead held && !held.forgotten) {
                return held;
            }
        }
        return null;
    }

    /**
     * The head this transaction last appended, registered with the transaction so that it lasts exactly as long
     * (and is set aside with it when an inner transaction suspends it). A rollback to a savepoint may undo the entry,
     * or the lock itself, so it forgets the head and the next append asks the database again.
     */
    private static final class HeldHead implements TransactionSynchronization {
        private StoredEntry head;
        private boolean forgotten;

        @Override
        public void savepointRollback(Object savepoint) {
            forgotten = true;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntryView> entriesAbout(String subjectType, String subjectId) {
        return jdbc.sql("SELECT " + StoredEntry.COLUMNS
                        + " FROM ledger_entry WHERE subject_type = ? AND subject_id = ? ORDER BY sequence")
                .params(subjectType, subjectId)
                .query(StoredEntry::fromRow).stream().map(StoredEntry::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntryView> latest(int limit) {
        return jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY sequence DESC LIMIT ?")
                .param(limit)
                .query(StoredEntry::fromRow).stream().map(StoredEntry::toView).toList();
    }
}
