package uk.lantern.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.ledger.LedgerRecord;

/**
 * Admits entries to the ledger. An entry is one INSERT in the caller's transaction, with its leaf hash computed from
 * its own fields: no lock, no read of any other entry, so writers never wait for one another. Its place in the log is
 * given after commit by {@link LedgerSequencer}.
 */
@Component
class JdbcLedger implements Ledger {

    private static final String INSERT = "INSERT INTO ledger_entry (recorded_at, actor, agency, action, subject_type, "
            + "subject_id, payload, payload_digest, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    JdbcLedger(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /** An entry ready to insert: everything but the id the database gives it. */
    private record Admission(Instant recordedAt, String actor, String agency, String action, String subjectType,
                             String subjectId, String payload, String payloadDigest, String leafHash) {

        void bind(PreparedStatement insert) throws SQLException {
            insert.setObject(1, recordedAt.atOffset(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, agency);
            insert.setString(4, action);
            insert.setString(5, subjectType);
            insert.setString(6, subjectId);
            insert.setString(7, payload);
            insert.setString(8, payloadDigest);
            insert.setString(9, leafHash);
        }

        LedgerEntryView admitted(long id) {
            return new LedgerEntryView(id, null, recordedAt, actor, agency, action, subjectType, subjectId, payload,
                    payloadDigest, leafHash);
        }
    }

    private Admission admission(LedgerRecord record) {
        // PostgreSQL keeps microseconds; hashing the same precision keeps the stored row verifiable.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = CanonicalJson.write(record.payload());
        String payloadDigest = EntryHashing.payloadDigest(payload);
        String actor = record.actor().actorName();
        String agency = record.actor().agencyName();
        String leafHash = EntryHashing.leafHash(recordedAt, actor, agency, record.action(), record.subjectType(),
                record.subjectId(), payloadDigest);
        return new Admission(recordedAt, actor, agency, record.action(), record.subjectType(), record.subjectId(),
                payload, payloadDigest, leafHash);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntryView append(LedgerRecord record) {
        Admission admission = admission(record);
        long id = batches.query(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT + " RETURNING id");
            admission.bind(insert);
            return insert;
        }, rows -> {
            rows.next();
            return rows.getLong(1);
        });
        return admission.admitted(id);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<LedgerRecord> records) {
        List<Admission> admissions = records.stream().map(this::admission).toList();
        batches.batchUpdate(INSERT, admissions, BATCH, (insert, admission) -> admission.bind(insert));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntryView> entriesAbout(String subjectType, String subjectId) {
        return jdbc.sql("SELECT " + StoredEntry.COLUMNS
                        + " FROM ledger_entry WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, subjectId)
                .query(StoredEntry::fromRow).stream().map(StoredEntry::toView).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntryView> latest(int limit) {
        return jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM ledger_entry ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(StoredEntry::fromRow).stream().map(StoredEntry::toView).toList();
    }
}
