package uk.lantern.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.casework.AssessmentFactor;
import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseOutcome;
import uk.lantern.casework.CaseStatus;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.StrategyDecision;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.UserId;
import uk.lantern.people.ChildId;
import uk.lantern.referral.ReferralId;

/** Cases and their steps in PostgreSQL. */
@Repository
class CaseRepository {

    /** A case row with its children. */
    record StoredCase(CaseId id, String reference, ReferralId referralId, String areaCode, AgencyId owningAgency,
                      String owningAgencyName, CaseStatus status, Instant openedAt, UserId assignedWorker,
                      String assignedWorkerName, String reviewReason, CaseOutcome outcome, String closureSummary,
                      Instant closedAt, List<ChildId> children) {
    }

    private static final String QUERY = """
            SELECT c.id, c.reference, c.referral_id, c.area_code, c.owning_agency_id, a.name AS owning_agency_name,
                   c.status, c.opened_at, c.assigned_worker_id, u.display_name AS worker_name, c.review_reason,
                   c.outcome, c.closure_summary, c.closed_at,
                   ARRAY(SELECT cc.child_id FROM case_child cc WHERE cc.case_id = c.id) AS children
            FROM child_case c
            JOIN agency a ON a.id = c.owning_agency_id
            LEFT JOIN app_user u ON u.id = c.assigned_worker_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A case to open: its row, its children and when its assessment is due. */
    record NewCaseRow(CaseId id, String reference, ReferralId referral, String areaCode, AgencyId owningAgency,
                      Instant openedAt, List<ChildId> children, Instant assessmentDue) {
    }

    /** The next case numbers, one for each case about to be opened. */
    List<Long> nextCaseNumbers(int count) {
        return jdbc.sql("SELECT nextval('case_number') FROM generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }

    /** A case's reference: the year it was opened and its number. */
    static String reference(Instant openedAt, long number) {
        return String.format("CASE-%d-%06d", ZonedDateTime.ofInstant(openedAt, ZoneOffset.UTC).getYear(), number);
    }

    /** Opens cases with one batched statement for each table. */
    void insertAll(List<NewCaseRow> cases) {
        batch.batchUpdate("INSERT INTO child_case (id, reference, referral_id, area_code, owning_agency_id, status, "
                + "opened_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?)", cases.stream().map(row -> new Object[] {
                row.id().value(), row.reference(), row.referral().value(), row.areaCode(), row.owningAgency().value(),
                utc(row.openedAt())}).toList());
        batch.batchUpdate("INSERT INTO case_child (case_id, child_id) VALUES (?, ?)", cases.stream()
                .flatMap(row -> row.children().stream().map(child -> new Object[] {row.id().value(), child.value()}))
                .toList());
        batch.batchUpdate("INSERT INTO assessment (case_id, due_at) VALUES (?, ?)", cases.stream()
                .map(row -> new Object[] {row.id().value(), utc(row.assessmentDue())}).toList());
    }

    Optional<StoredCase> find(CaseId id) {
        return jdbc.sql(QUERY + "WHERE c.id = ?").param(id.value()).query(CaseRepository::storedCase).optional();
    }

    Optional<StoredCase> findForUpdate(CaseId id) {
        return jdbc.sql(QUERY + "WHERE c.id = ? FOR UPDATE OF c").param(id.value())
                .query(CaseRepository::storedCase).optional();
    }

    List<StoredCase> openAssignedTo(UserId worker) {
        return jdbc.sql(QUERY + "WHERE c.status = 'OPEN' AND c.assigned_worker_id = ? ORDER BY c.opened_at")
                .param(worker.value()).query(CaseRepository::storedCase).list();
    }

    List<StoredCase> openIn(Collection<String> areaCodes) {
        return jdbc.sql(QUERY + "WHERE c.status = 'OPEN' AND c.area_code = ANY(?) ORDER BY c.opened_at")
                .param(areaCodes.toArray(String[]::new)).query(CaseRepository::storedCase).list();
    }

    /** The cases of any of these children. */
    List<StoredCase> withAnyChild(Collection<ChildId> children) {
        return jdbc.sql(QUERY + "WHERE c.id IN (SELECT case_id FROM case_child WHERE child_id = ANY(?)) "
                        + "ORDER BY c.opened_at DESC")
                .param(children.stream().map(ChildId::value).toArray(UUID[]::new))
                .query(CaseRepository::storedCase).list();
    }

    List<StoredCase> withChild(ChildId child) {
        return withAnyChild(List.of(child));
    }

    void assign(CaseId id, UserId worker) {
        jdbc.sql("UPDATE child_case SET assigned_worker_id = ? WHERE id = ?").params(worker.value(), id.value())
                .update();
    }

    /** A case to flag for review, and why. */
    record ReviewFlag(CaseId id, String reason) {
    }

    void flagForReview(List<ReviewFlag> flags, Instant at) {
        batch.batchUpdate("UPDATE child_case SET review_reason = ?, review_flagged_at = ? WHERE id = ?", flags.stream()
                .map(flag -> new Object[] {flag.reason(), utc(at), flag.id().value()}).toList());
    }

    void close(CaseId id, CaseOutcome outcome, String summary, Instant at) {
        jdbc.sql("UPDATE child_case SET status = 'CLOSED', outcome = ?, closure_summary = ?, closed_at = ? "
                        + "WHERE id = ?")
                .params(outcome.name(), summary, utc(at), id.value()).update();
    }

    void completeAssessment(CaseId id, String summary, List<AssessmentFactor> factors, Instant at) {
        jdbc.sql("UPDATE assessment SET summary = ?, factors = ?, completed_at = ? WHERE case_id = ?")
                .params(summary, factors.stream().map(AssessmentFactor::code).toArray(String[]::new), utc(at),
                        id.value())
                .update();
    }

    Optional<CaseView.Assessment> assessment(CaseId id) {
        return jdbc.sql("SELECT due_at, completed_at, summary, factors FROM assessment WHERE case_id = ?")
                .param(id.value())
                .query((row, n) -> new CaseView.Assessment(instant(row, "due_at"), instant(row, "completed_at"),
                        row.getString("summary"), Arrays.stream((String[]) row.getArray("factors").getArray())
                        .map(AssessmentFactor::ofCode).toList()))
                .optional();
    }

    UUID insertStrategyDiscussion(CaseId id, Instant heldAt, StrategyDecision decision, String notes,
                                  List<Attendee> attendees, String recordedBy, Instant at) {
        UUID discussion = UUID.randomUUID();
        jdbc.sql("INSERT INTO strategy_discussion (id, case_id, held_at, decision, notes, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(discussion, id.value(), utc(heldAt), decision.name(), notes, recordedBy, utc(at)).update();
        attendees.forEach(attendee -> jdbc.sql("INSERT INTO strategy_attendee (id, discussion_id, name, agency_name, "
                        + "role) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), discussion, attendee.name(), attendee.agencyName(), attendee.role())
                .update());
        return discussion;
    }

    List<CaseView.StrategyDiscussion> strategyDiscussions(CaseId id) {
        Map<UUID, List<Attendee>> attendees = new LinkedHashMap<>();
        jdbc.sql("SELECT a.discussion_id, a.name, a.agency_name, a.role FROM strategy_attendee a "
                        + "JOIN strategy_discussion d ON d.id = a.discussion_id WHERE d.case_id = ?")
                .param(id.value())
                .query((ResultSet row) -> {
                    attendees.computeIfAbsent(row.getObject("discussion_id", UUID.class), key -> new ArrayList<>())
                            .add(new Attendee(row.getString("name"), row.getString("agency_name"),
                                    row.getString("role")));
                });
        return jdbc.sql("SELECT id, held_at, decision, notes, recorded_by FROM strategy_discussion WHERE case_id = ? "
                        + "ORDER BY held_at")
                .param(id.value())
                .query((row, n) -> new CaseView.StrategyDiscussion(row.getObject("id", UUID.class),
                        instant(row, "held_at"), StrategyDecision.valueOf(row.getString("decision")),
                        row.getString("notes"), attendees.getOrDefault(row.getObject("id", UUID.class), List.of()),
                        row.getString("recorded_by")))
                .list();
    }

    void startSection47(CaseId id, Instant at) {
        jdbc.sql("INSERT INTO section47_enquiry (case_id, started_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING")
                .params(id.value(), utc(at)).update();
    }

    void completeSection47(CaseId id, String outcome, String summary, Instant at) {
        jdbc.sql("UPDATE section47_enquiry SET outcome = ?, summary = ?, completed_at = ? WHERE case_id = ?")
                .params(outcome, summary, utc(at), id.value()).update();
    }

    Optional<CaseView.Section47> section47(CaseId id) {
        return jdbc.sql("SELECT started_at, completed_at, outcome, summary FROM section47_enquiry WHERE case_id = ?")
                .param(id.value())
                .query((row, n) -> new CaseView.Section47(instant(row, "started_at"), instant(row, "completed_at"),
                        row.getString("outcome"), row.getString("summary")))
                .optional();
    }

    void insertConference(CaseId id, Instant dueAt) {
        jdbc.sql("INSERT INTO child_protection_conference (case_id, due_at) VALUES (?, ?) "
                + "ON CONFLICT (case_id) DO NOTHING").params(id.value(), utc(dueAt)).update();
    }

    void recordConference(CaseId id, Instant heldAt, String outcome, String notes) {
        jdbc.sql("UPDATE child_protection_conference SET held_at = ?, outcome = ?, notes = ? WHERE case_id = ?")
                .params(utc(heldAt), outcome, notes, id.value()).update();
    }

    Optional<CaseView.Conference> conference(CaseId id) {
        return jdbc.sql("SELECT due_at, held_at, outcome, notes FROM child_protection_conference WHERE case_id = ?")
                .param(id.value())
                .query((row, n) -> new CaseView.Conference(instant(row, "due_at"), instant(row, "held_at"),
                        row.getString("outcome"), row.getString("notes")))
                .optional();
    }

    UUID insertAction(CaseId id, String description, UserId owner, UUID plan, Instant dueAt, Instant at) {
        UUID action = UUID.randomUUID();
        jdbc.sql("INSERT INTO case_action (id, case_id, description, owner_user_id, plan_id, due_at, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(action, id.value(), description, owner.value(), plan, utc(dueAt), utc(at)).update();
        return action;
    }

    boolean completeAction(CaseId id, UUID action, Instant at) {
        return jdbc.sql("UPDATE case_action SET completed_at = ? WHERE id = ? AND case_id = ? AND completed_at IS NULL")
                .params(utc(at), action, id.value()).update() == 1;
    }

    List<CaseView.Action> actions(CaseId id) {
        return jdbc.sql("SELECT a.id, a.description, u.display_name, a.plan_id, a.due_at, a.completed_at "
                        + "FROM case_action a "
                        + "JOIN app_user u ON u.id = a.owner_user_id WHERE a.case_id = ? ORDER BY a.due_at")
                .param(id.value())
                .query((row, n) -> new CaseView.Action(row.getObject("id", UUID.class), row.getString("description"),
                        row.getString("display_name"), row.getObject("plan_id", UUID.class), instant(row, "due_at"),
                        instant(row, "completed_at")))
                .list();
    }

    List<UUID> actionIds(CaseId id) {
        return jdbc.sql("SELECT id FROM case_action WHERE case_id = ?").param(id.value()).query(UUID.class).list();
    }

    private static StoredCase storedCase(ResultSet row, int rowNumber) throws SQLException {
        UUID worker = row.getObject("assigned_worker_id", UUID.class);
        String outcome = row.getString("outcome");
        List<ChildId> children = Arrays.stream((UUID[]) row.getArray("children").getArray()).map(ChildId::new)
                .toList();
        return new StoredCase(new CaseId(row.getObject("id", UUID.class)), row.getString("reference"),
                new ReferralId(row.getObject("referral_id", UUID.class)), row.getString("area_code"),
                new AgencyId(row.getObject("owning_agency_id", UUID.class)), row.getString("owning_agency_name"),
                CaseStatus.valueOf(row.getString("status")), instant(row, "opened_at"),
                worker == null ? null : new UserId(worker), row.getString("worker_name"),
                row.getString("review_reason"), outcome == null ? null : CaseOutcome.valueOf(outcome),
                row.getString("closure_summary"), instant(row, "closed_at"), children);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
