package uk.lantern.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CasePlanView;
import uk.lantern.identity.UserId;

import static uk.lantern.casework.internal.CaseRepository.instant;
import static uk.lantern.casework.internal.CaseRepository.utc;

/** Plans and their reviews in PostgreSQL. */
@Repository
class CasePlanRepository {

    private final JdbcClient jdbc;

    CasePlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasActive(CaseId id, CasePlanKind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_plan WHERE case_id = ? AND kind = ? AND ended_at IS NULL)")
                .params(id.value(), kind.name()).query(Boolean.class).single();
    }

    UUID insert(CaseId id, CasePlanKind kind, String summary, LocalDate startedOn, LocalDate nextReviewOn,
                UserId by) {
        UUID plan = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_plan (id, case_id, kind, summary, started_on, next_review_on, started_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(plan, id.value(), kind.name(), summary, startedOn, nextReviewOn, by.value()).update();
        return plan;
    }

    UUID insertReview(UUID plan, LocalDate heldOn, String summary, LocalDate nextReviewOn, UserId by, Instant at) {
        UUID review = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_plan_review (id, plan_id, held_on, summary, next_review_on, recorded_by, "
                        + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(review, plan, heldOn, summary, nextReviewOn, by.value(), utc(at)).update();
        jdbc.sql("UPDATE case_plan SET next_review_on = ? WHERE id = ?").params(nextReviewOn, plan).update();
        return review;
    }

    /** Ends an active plan of the case; false when the case has no such active plan. */
    boolean end(CaseId id, UUID plan, String reason, Instant at) {
        return jdbc.sql("UPDATE case_plan SET ended_at = ?, end_reason = ? WHERE id = ? AND case_id = ? "
                        + "AND ended_at IS NULL")
                .params(utc(at), reason, plan, id.value()).update() == 1;
    }

    /** Whether the plan is one of the case's active plans. */
    boolean isActive(CaseId id, UUID plan) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_plan WHERE id = ? AND case_id = ? AND ended_at IS NULL)")
                .params(plan, id.value()).query(Boolean.class).single();
    }

    List<CasePlanView> of(CaseId id) {
        Map<UUID, List<CasePlanView.Review>> reviews = new LinkedHashMap<>();
        jdbc.sql("SELECT r.id, r.plan_id, r.held_on, r.summary, r.next_review_on, u.display_name "
                        + "FROM case_plan_review r JOIN case_plan p ON p.id = r.plan_id "
                        + "JOIN app_user u ON u.id = r.recorded_by WHERE p.case_id = ? "
                        + "ORDER BY r.held_on, r.recorded_at")
                .param(id.value())
                .query((java.sql.ResultSet row) -> {
                    reviews.computeIfAbsent(row.getObject("plan_id", UUID.class), key -> new ArrayList<>())
                            .add(new CasePlanView.Review(row.getObject("id", UUID.class),
                                    row.getObject("held_on", LocalDate.class), row.getString("summary"),
                                    row.getObject("next_review_on", LocalDate.class), row.getString("display_name")));
                });
        return jdbc.sql("SELECT p.id, p.kind, p.summary, p.started_on, p.next_review_on, u.display_name, p.ended_at, "
                        + "p.end_reason FROM case_plan p JOIN app_user u ON u.id = p.started_by WHERE p.case_id = ? "
                        + "ORDER BY p.ended_at NULLS FIRST, p.started_on DESC")
                .param(id.value())
                .query((row, n) -> {
                    UUID plan = row.getObject("id", UUID.class);
                    return new CasePlanView(plan, CasePlanKind.valueOf(row.getString("kind")),
                            row.getString("summary"), row.getObject("started_on", LocalDate.class),
                            row.getObject("next_review_on", LocalDate.class), row.getString("display_name"),
                            instant(row, "ended_at"), row.getString("end_reason"),
                            List.copyOf(reviews.getOrDefault(plan, List.of())));
                })
                .list();
    }
}
