package uk.lantern.casework.internal.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the retention purge, over casework's own tables. */
@Repository
class RetentionRepository {

    /** What a purged text field says instead. Fixed, so that a purged field is recognisable in every output. */
    static final String REDACTION_MARKER = "[Removed under the retention schedule]";

    /** A closed case due for the purge. */
    record DueCase(UUID id, String reference, String areaCode, Instant closedAt) {
    }

    private static final String DUE = "SELECT id, reference, area_code, closed_at FROM child_case "
            + "WHERE status = 'CLOSED' AND purged_at IS NULL AND closed_at < ? ";

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean caseExists(String reference) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM child_case WHERE reference = ?)").param(reference)
                .query(Boolean.class).single();
    }

    /**
     * Locks and returns up to {@code limit} cases closed before the cutoff, not yet purged and not held. Rows another
     * purge has locked are skipped, so two runs never purge one case twice.
     */
    List<DueCase> claimUnheld(Instant cutoff, Collection<String> heldCases, Collection<String> heldAreas, int limit) {
        return jdbc.sql(DUE + "AND NOT (reference = ANY(?)) AND NOT (area_code = ANY(?)) "
                        + "ORDER BY closed_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(cutoff.atOffset(ZoneOffset.UTC), heldCases.toArray(String[]::new),
                        heldAreas.toArray(String[]::new), limit)
                .query(RetentionRepository::dueCase).list();
    }

    /** Cases due for the purge that a hold keeps back. */
    List<DueCase> held(Instant cutoff, Collection<String> heldCases, Collection<String> heldAreas) {
        return jdbc.sql(DUE + "AND (reference = ANY(?) OR area_code = ANY(?)) ORDER BY closed_at, id")
                .params(cutoff.atOffset(ZoneOffset.UTC), heldCases.toArray(String[]::new),
                        heldAreas.toArray(String[]::new))
                .query(RetentionRepository::dueCase).list();
    }

    /**
     * Replaces the case's narrative with the marker and marks it purged. Identifiers, dates, status and outcome codes,
     * factor codes, decisions and attendance stay. Returns how many text fields held narrative and now hold the marker.
     */
    int redact(UUID caseId, Instant at) {
        int fields = 0;
        fields += jdbc.sql("UPDATE child_case SET closure_summary = ? WHERE id = ? AND closure_summary IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE assessment SET summary = ? WHERE case_id = ? AND summary IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE strategy_discussion SET notes = ? WHERE case_id = ? AND notes IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE section47_enquiry SET summary = ? WHERE case_id = ? AND summary IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE child_protection_conference SET notes = ? WHERE case_id = ? AND notes IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE case_action SET description = ? WHERE case_id = ?")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE case_entry SET text = ? WHERE case_id = ?").params(REDACTION_MARKER, caseId)
                .update();
        // Who was seen on a visit names people, so it goes with the note's text.
        fields += jdbc.sql("UPDATE case_entry SET with_whom = ? WHERE case_id = ? AND with_whom IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE case_plan SET summary = ? WHERE case_id = ?").params(REDACTION_MARKER, caseId)
                .update();
        fields += jdbc.sql("UPDATE case_plan SET end_reason = ? WHERE case_id = ? AND end_reason IS NOT NULL")
                .params(REDACTION_MARKER, caseId).update();
        fields += jdbc.sql("UPDATE case_plan_review SET summary = ? WHERE plan_id IN "
                        + "(SELECT id FROM case_plan WHERE case_id = ?)")
                .params(REDACTION_MARKER, caseId).update();
        jdbc.sql("UPDATE child_case SET purged_at = ? WHERE id = ?").params(at.atOffset(ZoneOffset.UTC), caseId)
                .update();
        return fields;
    }

    private static DueCase dueCase(ResultSet row, int rowNumber) throws SQLException {
        return new DueCase(row.getObject("id", UUID.class), row.getString("reference"), row.getString("area_code"),
                row.getObject("closed_at", java.time.OffsetDateTime.class).toInstant());
    }
}
