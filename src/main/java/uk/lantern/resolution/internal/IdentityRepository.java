package uk.lantern.resolution.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Decisions;
import uk.lantern.resolution.MatchStatus;
import uk.lantern.resolution.RecordPair;
import uk.lantern.resolution.WaitingMatch;

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
        advanceGeneration(kind);
    }

    /**
     * Takes, until the transaction ends, the lock that lets only one change to the identities of a kind run at a time:
     * a batch run rewrites them all, so an incremental run or an analyst's merge beside it would wait on rows the
     * other holds, each for the other. Taken before anything else the transaction locks, the ledger's lock included.
     * It waits for a batch run of the kind to finish first ({@link BatchLease}), as an analyst's change must not fall
     * between the parts a batch run writes.
     */
    void lockKind(RecordKind kind) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?, ?)").params(BatchLease.LOCK, kind.ordinal())
                .query((row, n) -> 0).single();
        lockKindWithinBatch(kind);
    }

    /**
     * As {@link #lockKind}, but gives up at once, returning false, while a batch run of the kind is under way: an
     * incremental run then leaves its records waiting for the next run rather than holding a transaction open.
     */
    boolean lockKindUnlessInBatch(RecordKind kind) {
        boolean free = jdbc.sql("SELECT pg_try_advisory_xact_lock_shared(?, ?)")
                .params(BatchLease.LOCK, kind.ordinal()).query(Boolean.class).single();
        if (free) {
            lockKindWithinBatch(kind);
        }
        return free;
    }

    /** The kind's lock alone, for the parts of a batch run, whose lease already keeps other changes out. */
    void lockKindWithinBatch(RecordKind kind) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(RESOLUTION_LOCK, kind.ordinal())
                .query((row, n) -> 0).single();
    }

    /** How many times the kind's identities have changed, or a record of the kind was voided. */
    long generation(RecordKind kind) {
        return jdbc.sql("SELECT generation FROM resolution_generation WHERE kind = ?").param(kind.name())
                .query(Long.class).single();
    }

    /** Moves the kind's generation on, in the transaction that changes what it stands for; returns the new one. */
    long advanceGeneration(RecordKind kind) {
        return jdbc.sql("UPDATE resolution_generation SET generation = generation + 1 WHERE kind = ? "
                        + "RETURNING generation").param(kind.name()).query(Long.class).single();
    }

    void queuePending(RecordKind kind, List<UUID> records, Instant at) {
        jdbc.sql("INSERT INTO resolution_pending (kind, record_id, queued_at) SELECT ?, r, ? FROM unnest(?::uuid[]) r "
                        + "ON CONFLICT DO NOTHING")
                .params(kind.name(), utc(at), records.toArray(UUID[]::new)).update();
    }

    /**
     * The oldest waiting records of a kind. They are not locked: a run resolves them outside any transaction, and
     * clears them in the transaction that writes what it found, which fails if another run cleared any meanwhile.
     */
    List<UUID> oldestPending(RecordKind kind, int limit) {
        return jdbc.sql("SELECT record_id FROM resolution_pending WHERE kind = ? ORDER BY queued_at, record_id "
                        + "LIMIT ?")
                .params(kind.name(), limit).query(UUID.class).list();
    }

    /** Whether a batch run of the kind holds its lease now; asked without a transaction, so no lock is kept. */
    boolean batchUnderWay(RecordKind kind) {
        return !jdbc.sql("SELECT pg_try_advisory_xact_lock_shared(?, ?)").params(BatchLease.LOCK, kind.ordinal())
                .query(Boolean.class).single();
    }

    int pendingCount(RecordKind kind) {
        return jdbc.sql("SELECT count(*) FROM resolution_pending WHERE kind = ?").param(kind.name())
                .query(Integer.class).single();
    }

    /** @return how many of the records were waiting */
    int clearPending(RecordKind kind, Collection<UUID> records) {
        return jdbc.sql("DELETE FROM resolution_pending WHERE kind = ? AND record_id = ANY(?)")
                .params(kind.name(), records.toArray(UUID[]::new)).update();
    }

    void clearAllPending(RecordKind kind) {
        jdbc.sql("DELETE FROM resolution_pending WHERE kind = ?").param(kind.name()).update();
    }

    /**
     * Stores each record's identity, replacing what was there, and moves the kind's generation on.
     *
     * @return the kind's generation after the change
     */
    long saveIdentities(RecordKind kind, Map<UUID, String> identityOf, Instant at) {
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
        return advanceGeneration(kind);
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

    /**
     * Adds pairs for review in one statement, leaving any pair already stored (waiting or decided) as it is.
     *
     * @return how many were added
     */
    int insertReviewPairs(RecordKind kind, List<PairRow> pairs, Instant at) {
        if (pairs.isEmpty()) {
            return 0;
        }
        int n = pairs.size();
        UUID[] ids = new UUID[n];
        UUID[] first = new UUID[n];
        UUID[] second = new UUID[n];
        Double[] probability = new Double[n];
        String[] explanation = new String[n];
        for (int i = 0; i < n; i++) {
            PairRow pair = pairs.get(i);
            ids[i] = pair.id();
            first[i] = pair.first();
            second[i] = pair.second();
            probability[i] = pair.probability();
            explanation[i] = pair.explanation();
        }
        return jdbc.sql("""
                INSERT INTO match_pair (id, kind, first_record, second_record, probability, explanation, status,
                                        found_at)
                SELECT i, ?, f, s, p, e::jsonb, 'REVIEW', ?
                FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::float8[], ?::text[]) AS t(i, f, s, p, e)
                ON CONFLICT (kind, first_record, second_record) DO NOTHING""")
                .params(kind.name(), utc(at), ids, first, second, probability, explanation).update();
    }

    /** A pair waiting for review as a batch run compares it: the records and the probability. */
    record WaitingPair(UUID id, UUID first, UUID second, double probability) {
    }

    /** Every pair of the kind waiting for review, without its explanation. */
    List<WaitingPair> waitingPairs(RecordKind kind) {
        return jdbc.sql("SELECT id, first_record, second_record, probability FROM match_pair "
                        + "WHERE kind = ? AND status = 'REVIEW'").param(kind.name())
                .query((row, n) -> new WaitingPair(row.getObject("id", UUID.class),
                        row.getObject("first_record", UUID.class), row.getObject("second_record", UUID.class),
                        row.getDouble("probability"))).list();
    }

    /**
     * Takes pairs off the review queue; decided pairs are never deleted, nor pairs a practitioner asked the analysts
     * to decide, whatever the model now thinks of them.
     */
    void deleteWaitingPairs(Collection<UUID> ids) {
        jdbc.sql("DELETE FROM match_pair WHERE id = ANY(?) AND status = 'REVIEW' AND requested_by IS NULL")
                .param(ids.toArray(UUID[]::new)).update();
    }

    /** The waiting pairs with one record among the records and the other outside them, most likely first. */
    List<WaitingMatch> waitingMatches(RecordKind kind, Collection<UUID> records) {
        UUID[] ids = records.toArray(UUID[]::new);
        return jdbc.sql("""
                        SELECT id, kind, probability, requested_by, requested_at,
                               CASE WHEN first_record = ANY(?) THEN first_record ELSE second_record END AS record,
                               CASE WHEN first_record = ANY(?) THEN second_record ELSE first_record END AS other
                        FROM match_pair
                        WHERE kind = ? AND status = 'REVIEW'
                          AND (first_record = ANY(?)) <> (second_record = ANY(?))
                        ORDER BY probability DESC, id""")
                .params(ids, ids, kind.name(), ids, ids)
                .query((row, n) -> {
                    OffsetDateTime requestedAt = row.getObject("requested_at", OffsetDateTime.class);
                    return new WaitingMatch(row.getObject("id", UUID.class), RecordKind.valueOf(row.getString("kind")),
                            row.getObject("record", UUID.class), row.getObject("other", UUID.class),
                            row.getDouble("probability"), row.getString("requested_by"),
                            requestedAt == null ? null : requestedAt.toInstant());
                }).list();
    }

    /** Who asked for each of the pairs that a practitioner asked the analysts to decide, with the reason. */
    Map<UUID, String> requesters(Collection<UUID> pairs) {
        Map<UUID, String> askedBy = new HashMap<>();
        if (pairs.isEmpty()) {
            return askedBy;
        }
        jdbc.sql("SELECT id, requested_by, request_reason FROM match_pair "
                        + "WHERE id = ANY(?) AND requested_by IS NOT NULL")
                .param(pairs.toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    askedBy.put(row.getObject("id", UUID.class), row.getString("requested_by") + ": "
                            + row.getString("request_reason"));
                });
        return askedBy;
    }

    /** Marks a waiting pair as asked for, keeping the first request if there was one. */
    void markRequested(UUID id, String by, String reason, Instant at) {
        jdbc.sql("UPDATE match_pair SET requested_by = ?, request_reason = ?, requested_at = ? "
                        + "WHERE id = ? AND status = 'REVIEW' AND requested_by IS NULL")
                .params(by, reason, utc(at), id).update();
    }

    /** Waiting pairs scored again by a new model: each row's id with its new probability and explanation. */
    void rescore(List<PairRow> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        UUID[] ids = pairs.stream().map(PairRow::id).toArray(UUID[]::new);
        Double[] probability = pairs.stream().map(PairRow::probability).toArray(Double[]::new);
        String[] explanation = pairs.stream().map(PairRow::explanation).toArray(String[]::new);
        jdbc.sql("""
                UPDATE match_pair m SET probability = t.p, explanation = t.e::jsonb
                FROM unnest(?::uuid[], ?::float8[], ?::text[]) AS t(i, p, e)
                WHERE m.id = t.i AND m.status = 'REVIEW'""")
                .params(ids, probability, explanation).update();
    }

    /**
     * Adds a pair unless the pair is already stored (waiting or decided). A decided pair moves the kind's generation
     * on, as every later run must honour it.
     */
    void insertPair(PairRow pair) {
        if (pair.status() != MatchStatus.REVIEW) {
            advanceGeneration(pair.kind());
        }
        jdbc.sql("INSERT INTO match_pair (id, kind, first_record, second_record, probability, explanation, status, "
                        + "found_at, decided_by, decided_at, reason) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (kind, first_record, second_record) DO NOTHING")
                .params(pair.id(), pair.kind().name(), pair.first(), pair.second(), pair.probability(),
                        pair.explanation(), pair.status().name(), utc(pair.foundAt()), pair.decidedBy(),
                        pair.decidedAt() == null ? null : utc(pair.decidedAt()), pair.reason())
                .update();
    }

    /** Records an analyst's decision; the kind's generation moves on, as every later run must honour it. */
    void decide(UUID id, MatchStatus status, String by, String reason, Instant at) {
        String kind = jdbc.sql("UPDATE match_pair SET status = ?, decided_by = ?, reason = ?, decided_at = ? "
                        + "WHERE id = ? RETURNING kind")
                .params(status.name(), by, reason, utc(at), id).query(String.class).single();
        advanceGeneration(RecordKind.valueOf(kind));
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

    /** Analysts' decisions on the kind's pairs, as every run honours them. */
    Decisions decisions(RecordKind kind) {
        Set<RecordPair> accepted = new HashSet<>();
        Set<RecordPair> rejected = new HashSet<>();
        for (PairRow pair : decidedPairs(kind)) {
            RecordPair records = RecordPair.of(pair.first().toString(), pair.second().toString());
            (pair.status() == MatchStatus.ACCEPTED ? accepted : rejected).add(records);
        }
        return new Decisions(accepted, rejected);
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
