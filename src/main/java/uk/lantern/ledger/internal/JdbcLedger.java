package uk.lantern.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

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
    private final DataSource dataSource;
    private final Clock clock;

    JdbcLedger(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The head of the chain as this transaction last left it. */
    private record Head(long sequence, String hash) {
    }

    /**
     * Where a transaction's head is kept: keyed by the transaction's connection, so a separate transaction (even one
     * started while another is suspended) never sees another's head.
     */
    private record HeadKey(Object connectionHolder) {
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntryView append(LedgerRecord record) {
        Head head = headForThisTransaction();
        long sequence = head.sequence() + 1;
        String previousHash = head.hash();
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
        HeadKey key = headKey();
        TransactionSynchronizationManager.unbindResource(key);
        TransactionSynchronizationManager.bindResource(key, new Head(sequence, hash));
        return entry.toView();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<LedgerRecord> records) {
        records.forEach(this::append);
    }

    /**
     * The first append in a transaction takes the lock and reads the head; the lock is held until the transaction
     * ends, so later appends in the same transaction can trust the head they left, which saves two round trips per
     * entry in bulk work such as an import.
     */
    private Head headForThisTransaction() {
        HeadKey key = headKey();
        Head known = (Head) TransactionSynchronizationManager.getResource(key);
        if (known != null) {
            return known;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 0).single();
        Head head = jdbc.sql("SELECT sequence, hash FROM ledger_entry ORDER BY sequence DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong("sequence"), row.getString("hash"))).optional()
                .orElse(new Head(0, EntryHashing.GENESIS_HASH));
        TransactionSynchronizationManager.bindResource(key, head);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }

            /** A rollback to a savepoint may undo entries, or the lock itself, so the next append asks again. */
            @Override
            public void savepointRollback(Object savepoint) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return head;
    }

    private HeadKey headKey() {
        return new HeadKey(TransactionSynchronizationManager.getResource(dataSource));
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
