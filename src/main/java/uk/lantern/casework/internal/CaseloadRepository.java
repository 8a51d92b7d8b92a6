package uk.lantern.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CaseloadOverdueItem;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.UserId;

import static uk.lantern.casework.internal.CaseRepository.instant;
import static uk.lantern.casework.internal.CaseRepository.utc;

/** What makes cases overdue, read for many cases at once. */
@Repository
class CaseloadRepository {

    /** An overdue item and its case. */
    record Overdue(UUID caseId, CaseloadOverdueItem item) {
    }

    private final JdbcClient jdbc;

    CaseloadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open actions past due, assessments and initial conferences past due and not done (a conference the section 47
     * enquiry found unneeded is not due), and active plans whose review date has passed.
     */
    List<Overdue> overdue(Collection<UUID> caseIds, Instant now) {
        UUID[] ids = caseIds.toArray(UUID[]::new);
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.UK);
        return jdbc.sql("""
                        SELECT case_id, 'ACTION' AS kind, id AS action_id, description AS detail, due_at,
                               NULL::date AS review_on
                        FROM case_action WHERE case_id = ANY(?) AND completed_at IS NULL AND due_at <= ?
                        UNION ALL
                        SELECT case_id, 'ASSESSMENT', NULL, NULL, due_at, NULL FROM assessment
                        WHERE case_id = ANY(?) AND completed_at IS NULL AND due_at <= ?
                        UNION ALL
                        SELECT c.case_id, 'CONFERENCE', NULL, NULL, c.due_at, NULL FROM child_protection_conference c
                        LEFT JOIN section47_enquiry s ON s.case_id = c.case_id
                        WHERE c.case_id = ANY(?) AND c.held_at IS NULL AND c.due_at <= ?
                          AND s.outcome IS DISTINCT FROM 'NO_CONFERENCE'
                        UNION ALL
                        SELECT case_id, 'PLAN_REVIEW', NULL, kind, NULL, next_review_on FROM case_plan
                        WHERE case_id = ANY(?) AND ended_at IS NULL AND next_review_on < ?
                        """)
                .params(ids, utc(now), ids, utc(now), ids, utc(now), ids, today)
                .query((row, n) -> {
                    String kind = row.getString("kind");
                    LocalDate reviewOn = row.getObject("review_on", LocalDate.class);
                    // A review is due by the end of its day, as an action is.
                    Instant dueAt = reviewOn != null
                            ? reviewOn.plusDays(1).atStartOfDay(WorkingDayCalendar.UK).toInstant()
                            : instant(row, "due_at");
                    String description = switch (kind) {
                        case "ACTION" -> "Action: " + row.getString("detail");
                        case "ASSESSMENT" -> "Assessment";
                        case "CONFERENCE" -> "Initial child protection conference";
                        default -> "Review of the " + CasePlanKind.valueOf(row.getString("detail")).label()
                                .toLowerCase();
                    };
                    return new Overdue(row.getObject("case_id", UUID.class), new CaseloadOverdueItem(description,
                            dueAt, row.getObject("action_id", UUID.class)));
                })
                .list();
    }

    /** The worker each case is allocated to, for the cases that have one. */
    Map<UUID, UserId> workers(Collection<UUID> caseIds) {
        Map<UUID, UserId> workers = new HashMap<>();
        jdbc.sql("SELECT id, assigned_worker_id FROM child_case WHERE id = ANY(?) AND assigned_worker_id IS NOT NULL")
                .param(caseIds.toArray(UUID[]::new))
                .query((java.sql.ResultSet row) -> {
                    workers.put(row.getObject("id", UUID.class),
                            new UserId(row.getObject("assigned_worker_id", UUID.class)));
                });
        return workers;
    }
}
