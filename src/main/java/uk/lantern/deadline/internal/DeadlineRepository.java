package uk.lantern.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.DeadlineView;
import uk.lantern.deadline.EscalationView;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.UserId;

/** Deadlines and escalations in PostgreSQL. */
@Repository
class DeadlineRepository {

    private static final String DEADLINE_COLUMNS = "d.id, d.kind, d.subject_type, d.subject_id, d.reference, "
            + "d.owning_agency_id, d.started_at, d.due_at, d.met_at, d.escalation_level, d.link";
    private static final String ESCALATION_QUERY = "SELECT e.id AS escalation_id, e.level, e.trigger, e.reason, "
            + "e.escalated_by, e.escalated_at, " + DEADLINE_COLUMNS
            + " FROM escalation e JOIN deadline d ON d.id = e.deadline_id ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DeadlineRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts clocks with one batched statement; returns their ids in order. */
    List<UUID> insertAll(List<NewDeadline> deadlines) {
        List<UUID> ids = deadlines.stream().map(deadline -> UUID.randomUUID()).toList();
        List<Object[]> rows = new java.util.ArrayList<>(deadlines.size());
        for (int i = 0; i < deadlines.size(); i++) {
            NewDeadline deadline = deadlines.get(i);
            rows.add(new Object[] {ids.get(i), deadline.kind().name(), deadline.subjectType(), deadline.subjectId(),
                    deadline.reference(), deadline.owningAgency().value(), utc(deadline.startedAt()),
                    utc(deadline.dueAt()), deadline.link()});
        }
        batch.batchUpdate("""
                INSERT INTO deadline (id, kind, subject_type, subject_id, reference, owning_agency_id, started_at,
                                      due_at, link)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return ids;
    }

    Optional<DeadlineView> find(UUID id) {
        return jdbc.sql("SELECT " + DEADLINE_COLUMNS + " FROM deadline d WHERE d.id = ?").param(id)
                .query(DeadlineRepository::deadline).optional();
    }

    Optional<DeadlineView> find(String subjectType, String subjectId, DeadlineKind kind) {
        return jdbc.sql("SELECT " + DEADLINE_COLUMNS
                        + " FROM deadline d WHERE d.subject_type = ? AND d.subject_id = ? AND d.kind = ?")
                .params(subjectType, subjectId, kind.name()).query(DeadlineRepository::deadline).optional();
    }

    /** Marks met and reports whether this call did it, so a second call records nothing. */
    void restart(UUID id, Instant startedAt, Instant dueAt) {
        jdbc.sql("UPDATE deadline SET started_at = ?, due_at = ?, met_at = NULL, escalation_level = 0, "
                + "escalated_at = NULL WHERE id = ?").params(utc(startedAt), utc(dueAt), id).update();
    }

    /**
     * Marks unmet clocks of one kind met, each at its time; returns the due time of each clock marked, by subject.
     * Each subject's clock is found by its own index lookup (the scalar subquery): joined on the subject instead, the
     * planner, misled by statistics taken before an import's clocks existed, compared every clock with every subject.
     */
    Map<String, Instant> markAllMet(String subjectType, DeadlineKind kind, Map<String, Instant> metAt) {
        Map<String, Instant> due = new HashMap<>();
        jdbc.sql("""
                        UPDATE deadline d SET met_at = m.met_at::timestamptz
                        FROM unnest(?::text[], ?::text[]) AS m(subject_id, met_at)
                        WHERE d.id = (SELECT c.id FROM deadline c
                                      WHERE c.subject_type = ? AND c.subject_id = m.subject_id AND c.kind = ?)
                          AND d.met_at IS NULL
                        RETURNING d.subject_id, d.due_at""")
                .params(metAt.keySet().toArray(String[]::new),
                        metAt.values().stream().map(Instant::toString).toArray(String[]::new), subjectType, kind.name())
                .query((ResultSet row) -> {
                    due.put(row.getString("subject_id"), row.getObject("due_at", OffsetDateTime.class).toInstant());
                });
        return due;
    }

    boolean markMet(UUID id, Instant at) {
        return jdbc.sql("UPDATE deadline SET met_at = ? WHERE id = ? AND met_at IS NULL").params(utc(at), id)
                .update() == 1;
    }

    /** Claims unmet, unescalated clocks due by {@code now}, locking them so two sweeps never share one. */
    List<UUID> claimOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM deadline
                        WHERE met_at IS NULL AND escalation_level = 0 AND due_at <= ?
                        ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(utc(now), limit).query(UUID.class).list();
    }

    /** Claims unmet clocks that have sat with the managers since before {@code escalatedBefore}. */
    List<UUID> claimStillOverdue(Instant escalatedBefore, int limit) {
        return jdbc.sql("""
                        SELECT id FROM deadline
                        WHERE met_at IS NULL AND escalation_level = 1 AND escalated_at <= ?
                        ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(utc(escalatedBefore), limit).query(UUID.class).list();
    }

    void raiseLevel(UUID id, int level, Instant at) {
        jdbc.sql("UPDATE deadline SET escalation_level = greatest(escalation_level, ?), escalated_at = ? WHERE id = ?")
                .params(level, utc(at), id).update();
    }

    UUID insertEscalation(UUID deadlineId, int level, String trigger, String reason, String escalatedBy,
                          Instant at, List<UserId> recipients) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO escalation (id, deadline_id, level, trigger, reason, escalated_by, escalated_at, recipients)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, deadlineId, level, trigger, reason, escalatedBy, utc(at),
                        recipients.stream().map(UserId::value).toArray(UUID[]::new))
                .update();
        return id;
    }

    Optional<EscalationView> escalation(UUID id) {
        return jdbc.sql(ESCALATION_QUERY + "WHERE e.id = ?").param(id).query(DeadlineRepository::escalation)
                .optional();
    }

    List<EscalationView> openEscalationsFor(UserId user) {
        return jdbc.sql(ESCALATION_QUERY + "WHERE ? = ANY(e.recipients) AND d.met_at IS NULL "
                        + "ORDER BY e.escalated_at DESC")
                .param(user.value()).query(DeadlineRepository::escalation).list();
    }

    List<EscalationView> escalationsOf(String subjectType, String subjectId, DeadlineKind kind) {
        return jdbc.sql(ESCALATION_QUERY + "WHERE d.subject_type = ? AND d.subject_id = ? AND d.kind = ? "
                        + "ORDER BY e.escalated_at")
                .params(subjectType, subjectId, kind.name()).query(DeadlineRepository::escalation).list();
    }

    private static DeadlineView deadline(ResultSet row, int rowNumber) throws SQLException {
        return new DeadlineView(row.getObject("id", UUID.class), DeadlineKind.valueOf(row.getString("kind")),
                row.getString("subject_type"), row.getString("subject_id"), row.getString("reference"),
                new AgencyId(row.getObject("owning_agency_id", UUID.class)), instant(row, "started_at"),
                instant(row, "due_at"), instant(row, "met_at"), row.getInt("escalation_level"),
                row.getString("link"));
    }

    private static EscalationView escalation(ResultSet row, int rowNumber) throws SQLException {
        return new EscalationView(row.getObject("escalation_id", UUID.class), row.getInt("level"),
                row.getString("trigger"), row.getString("reason"), row.getString("escalated_by"),
                instant(row, "escalated_at"), deadline(row, rowNumber));
    }


    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
