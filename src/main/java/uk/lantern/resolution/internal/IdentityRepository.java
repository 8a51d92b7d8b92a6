package uk.lantern.resolution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.MatchStatus;

/** Resolved identities, the stored model, records waiting to be resolved, and pairs for analysts, in explicit SQL. */
@Repository
class IdentityRepository {

    /** The advisory lock's first key, the kind its second; two-key locks never meet the ledger's one-key ones. */
    private static final int RESOLUTION_LOCK = 0x5245534F;

    /** A stored pair. {@code first < second}. */
    record PairRow(UUID id, RecordKind kind, UUID first, UUID second, double probability, String explanation,
                   MatchStatus status, Instant foundAt, String decidedBy, Instant decidedAt, String reason) {
    }

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> model(RecordKind kind) {
        return jdbc.sql("SELECT model::text FROM resolution_model WHERE kind = ?").param(kind.name())
                .query(String.class).optional();
    }

    void saveModel(RecordKind kind, String json, int records, Instant at) {
        jdbc.sql("INSERT INTO resolution_model (kind, model, records, trained_at) VALUES (?, ?::jsonb, ?, ?) "
                        + "ON CONFLICT (kind) DO UPDATE SET model = EXCLUDED.model, records = EXCLUDED.records, "
                        + "trained_at = EXCLUDED.trained_at")
                .params(kind.name(), json, records, utc(at)).update();
    }

    /**
     * Takes, until the transaction ends, the lock that lets only one change to the identities of a kind run at a time:
     * a batch run rewrites them all, so an incremental run or an analyst's merge beside it would wait on rows the
     * other holds, each for the other. Taken before anything else the transaction locks, the ledger's lock included.
     */
    void lockKind(RecordKind kind) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(RESOLUTION_LOCK, kind.ordinal())
                .query((row, n) -> 0).single();
    }

    void queuePending(RecordKind kind, UUID record, Instant at) {
        jdbc.sql("INSERT INTO resolution_pending (kind, record_id, queued_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(kind.name(), record, utc(at)).update();
    }

    /** The oldest waiting records of a kind, locked so that two runs never take the same ones. */
    List<UUID> claimPending(RecordKind kind, int limit) {
        return jdbc.sql("SELECT record_id FROM resolution_pending WHERE kind = ? ORDER BY queued_at LIMIT ? "
                        + "FOR UPDATE SKIP LOCKED")
                .params(kind.name(), limit).query(UUID.class).list();
    }

    void clearPending(RecordKind kind, Collection<UUID> records) {
        jdbc.sql("DELETE FROM resolution_pending WHERE kind = ? AND record_id = ANY(?)")
                .params(kind.name(), records.toArray(UUID[]::new)).update();
    }

    void clearAllPending(RecordKind kind) {
        jdbc.sql("DELETE FROM resolution_pending WHERE kind = ?").param(kind.name()).update();
    }

    /** Stores each record's identity, replacing what was there. */
    void saveIdentities(RecordKind kind, Map<UUID, String> identityOf, Instant at) {
        UUID[] records = identityOf.keySet().toArray(UUID[]::new);
        String[] identities = new String[records.length];
        for (int i = 0; i < records.length; i++) {
            identities[i] = identityOf.get(records[i]);
        }
        jdbc.sql("""
                INSERT INTO resolved_record (kind, record_id, identity_id, resolved_at)
                SELECT ?, r, i, ? FROM unnest(?::uuid[], ?::text[]) AS t(r, i)
                ON CONFLICT (kind, record_id) DO UPDATE SET identity_id = EXCLUDED.identity_id,
                    resolved_at = EXCLUDED.resolved_at WHERE resolved_record.identity_id <> EXCLUDED.identity_id""")
                .params(kind.name(), utc(at), records, identities).update();
    }

    Map<UUID, String> identities(RecordKind kind) {
        Map<UUID, String> identities = new HashMap<>();
        jdbc.sql("SELECT record_id, identity_id FROM resolved_record WHERE kind = ?").param(kind.name())
                .query((ResultSet row) -> {
                    identities.put(row.getObject("record_id", UUID.class), row.getString("identity_id"));
                });
        return identities;
    }

    Map<UUID, String> identitiesOf(RecordKind kind, Collection<UUID> records) {
        Map<UUID, String> identities = new HashMap<>();
        jdbc.sql("SELECT record_id, identity_id FROM resolved_record WHERE kind = ? AND record_id = ANY(?)")
                .params(kind.name(), records.toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    identities.put(row.getObject("record_id", UUID.class), row.getString("identity_id"));
                });
        return identities;
    }

    List<UUID> membersOf(RecordKind kind, String identity) {
        return jdbc.sql("SELECT record_id FROM resolved_record WHERE kind = ? AND identity_id = ? ORDER BY record_id")
                .params(kind.name(), identity).query(UUID.class).list();
    }

    /** Replaces the pairs waiting for review with a new set; decided pairs are kept. */
    void replaceReviewPairs(RecordKind kind, List<PairRow> pairs) {
        jdbc.sql("DELETE FROM match_pair WHERE kind = ? AND status = 'REVIEW'").param(kind.name()).update();
        pairs.forEach(this::insertPair);
    }

    /** Adds a pair unless the pair is already stored (waiting or decided). */
    void insertPair(PairRow pair) {
        jdbc.sql("INSERT INTO match_pair (id, kind, first_record, second_record, probability, explanation, status, "
                        + "found_at, decided_by, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (kind, first_record, second_record) DO NOTHING")
                .params(pair.id(), pair.kind().name(), pair.first(), pair.second(), pair.probability(),
                        pair.explanation(), pair.status().name(), utc(pair.foundAt()), pair.decidedBy(),
                        pair.decidedAt() == null ? null : utc(pair.decidedAt()), pair.reason())
                .update();
    }

    void decide(UUID id, MatchStatus status, String by, String reason, Instant at) {
        jdbc.sql("UPDATE match_pair SET status = ?, decided_by = ?, reason = ?, decided_at = ? WHERE id = ?")
                .params(status.name(), by, reason, utc(at), id).update();
    }

    Optional<PairRow> pair(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM match_pair WHERE id = ?" + (forUpdate ? " FOR UPDATE" : "")).param(id)
                .query((row, n) -> pair(row)).optional();
    }

    Optional<PairRow> pair(RecordKind kind, UUID first, UUID second) {
        return jdbc.sql("SELECT * FROM match_pair WHERE kind = ? AND first_record = ? AND second_record = ?")
                .params(kind.name(), first, second).query((row, n) -> pair(row)).optional();
    }

    /** Every pair of the kind waiting for review, most likely first. */
    List<PairRow> reviewPairs(RecordKind kind) {
        return jdbc.sql("SELECT * FROM match_pair WHERE kind = ? AND status = 'REVIEW' ORDER BY probability DESC, id")
                .param(kind.name()).query((row, n) -> pair(row)).list();
    }

    /** The decided pairs of the kind with at least one of the records in them. */
    List<PairRow> decidedPairsTouching(RecordKind kind, Collection<UUID> records) {
        UUID[] ids = records.toArray(UUID[]::new);
        return jdbc.sql("SELECT * FROM match_pair WHERE kind = ? AND status <> 'REVIEW' "
                        + "AND (first_record = ANY(?) OR second_record = ANY(?))")
                .params(kind.name(), ids, ids).query((row, n) -> pair(row)).list();
    }

    List<PairRow> decidedPairs(RecordKind kind) {
        return jdbc.sql("SELECT * FROM match_pair WHERE kind = ? AND status <> 'REVIEW'").param(kind.name())
                .query((row, n) -> pair(row)).list();
    }

    private static PairRow pair(ResultSet row) throws SQLException {
        OffsetDateTime decided = row.getObject("decided_at", OffsetDateTime.class);
        return new PairRow(row.getObject("id", UUID.class), RecordKind.valueOf(row.getString("kind")),
                row.getObject("first_record", UUID.class), row.getObject("second_record", UUID.class),
                row.getDouble("probability"), row.getString("explanation"),
                MatchStatus.valueOf(row.getString("status")),
                row.getObject("found_at", OffsetDateTime.class).toInstant(), row.getString("decided_by"),
                decided == null ? null : decided.toInstant(), row.getString("reason"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
