package uk.lantern.referral.internal;

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
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.UserId;
import uk.lantern.people.ChildId;
import uk.lantern.referral.ChildReferralLinks;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.DecisionView;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.Urgency;
import uk.lantern.risk.ScreeningLevel;
import uk.lantern.risk.ScreeningOverride;

/** Referrals and decisions in PostgreSQL. */
@Repository
class ReferralRepository {

    private static final String QUERY = """
            SELECT r.id, r.reference, r.received_at, r.referrer_user_id, r.referrer_name, r.referrer_agency_id,
                   ra.name AS referrer_agency_name, r.referrer_email, r.referrer_phone, r.area_code,
                   r.owning_agency_id, oa.name AS owning_agency_name, r.concern, r.cse_concern, r.indicators,
                   r.urgency, r.lawful_basis, r.status, r.decision_due_at, r.outcome, r.outcome_recorded_at,
                   r.screening_version, r.screening_level, r.override_level, r.override_narrative, r.override_reason
            FROM referral r
            JOIN agency ra ON ra.id = r.referrer_agency_id
            JOIN agency oa ON oa.id = r.owning_agency_id
            """;
    /** Most urgent first, then oldest first. */
    private static final String QUEUE_ORDER = " ORDER BY CASE r.urgency WHEN 'IMMEDIATE' THEN 0 WHEN 'URGENT' THEN 1 "
            + "ELSE 2 END, r.received_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReferralRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Where an imported referral came from; both null for a referral typed in. */
    record Source(String sourceSystem, String sourceId) {
    }

    /** The next numbers of the referral sequence, taken in one query. */
    List<Long> nextNumbers(int count) {
        return jdbc.sql("SELECT nextval('referral_number') FROM generate_series(1, ?)").param(count)
                .query(Long.class).list();
    }

    /** A referral's reference: the year it was received and its number, as in LAN-2026-000123. */
    static String reference(long number, Instant receivedAt) {
        int year = ZonedDateTime.ofInstant(receivedAt, ZoneOffset.UTC).getYear();
        return String.format("LAN-%d-%06d", year, number);
    }

    /** Inserts referrals and their children with one batched statement each. */
    void insertAll(List<StoredReferral> referrals, List<Source> sources) {
        List<Object[]> rows = new ArrayList<>(referrals.size());
        List<Object[]> children = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            StoredReferral referral = referrals.get(i);
            rows.add(new Object[] {referral.key(), referral.reference(), sources.get(i).sourceSystem(),
                    sources.get(i).sourceId(), utc(referral.receivedAt()),
                    referral.referrerUser() == null ? null : referral.referrerUser().value(),
                    referral.referrerName(), referral.referrerAgency().value(), referral.referrerEmail(),
                    referral.referrerPhone(), referral.areaCode(), referral.owningAgency().value(),
                    referral.concern(), referral.cseConcern(), textArray(referral.indicators()),
                    referral.urgency().name(), referral.lawfulBasis().name(), referral.status().name(),
                    utc(referral.decisionDueAt()), referral.screeningVersion(), referral.screeningLevel().name()});
            for (int position = 0; position < referral.children().size(); position++) {
                children.add(new Object[] {referral.key(), referral.children().get(position).value(), position});
            }
        }
        batch.batchUpdate("""
                INSERT INTO referral (id, reference, source_system, source_id, received_at, referrer_user_id,
                    referrer_name, referrer_agency_id, referrer_email, referrer_phone, area_code, owning_agency_id,
                    concern, cse_concern, indicators, urgency, lawful_basis, status, decision_due_at,
                    screening_version, screening_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        batch.batchUpdate("INSERT INTO referral_child (referral_id, child_id, position) VALUES (?, ?, ?)", children);
    }

    /** A text[] parameter for a batched statement, which cannot take a Java array as the single-row client can. */
    private static SqlTypeValue textArray(List<String> values) {
        return (statement, index, sqlType, typeName) -> statement.setArray(index,
                statement.getConnection().createArrayOf("text", values.toArray()));
    }

    Optional<StoredReferral> find(ReferralId id) {
        return list(QUERY + "WHERE r.id = ?", id.value()).stream().findFirst();
    }

    /** Locks the referral row for a change, so two deciders cannot both decide it. */
    Optional<StoredReferral> findForUpdate(ReferralId id) {
        return list(QUERY + "WHERE r.id = ? FOR UPDATE OF r", id.value()).stream().findFirst();
    }

    /** Referrals by id, locked for the rest of the transaction; ids with no referral are left out. */
    List<StoredReferral> findAllForUpdate(List<ReferralId> ids) {
        return list(QUERY + "WHERE r.id = ANY(?) FOR UPDATE OF r",
                (Object) ids.stream().map(ReferralId::value).toArray(UUID[]::new));
    }

    List<StoredReferral> byReferrer(UserId referrer) {
        return list(QUERY + "WHERE r.referrer_user_id = ? ORDER BY r.received_at DESC", referrer.value());
    }

    List<StoredReferral> undecidedIn(Collection<String> areaCodes) {
        return list(QUERY + "WHERE r.area_code = ANY(?) AND r.status IN ('AWAITING_DECISION', 'AWAITING_SIGN_OFF')"
                + QUEUE_ORDER, (Object) areaCodes.toArray(String[]::new));
    }

    List<StoredReferral> awaitingSignOff(AgencyId owningAgency) {
        return list(QUERY + "WHERE r.owning_agency_id = ? AND r.status = 'AWAITING_SIGN_OFF'" + QUEUE_ORDER,
                owningAgency.value());
    }

    void recordOverride(ReferralId id, ScreeningOverride override, String by, Instant at) {
        jdbc.sql("UPDATE referral SET override_level = ?, override_narrative = ?, override_reason = ?, "
                        + "overridden_by = ?, overridden_at = ? WHERE id = ?")
                .params(override.level().name(), override.narrative(), override.reason(), by, utc(at), id.value())
                .update();
    }

    ChildReferralLinks linksOf(ChildId child) {
        java.util.Set<UserId> referrers = new java.util.HashSet<>();
        java.util.Set<AgencyId> agencies = new java.util.HashSet<>();
        jdbc.sql("SELECT r.referrer_user_id, r.referrer_agency_id, r.owning_agency_id FROM referral r "
                        + "JOIN referral_child rc ON rc.referral_id = r.id WHERE rc.child_id = ?")
                .param(child.value())
                .query((ResultSet row) -> {
                    UUID referrer = row.getObject("referrer_user_id", UUID.class);
                    if (referrer != null) {
                        referrers.add(new UserId(referrer));
                    }
                    agencies.add(new AgencyId(row.getObject("referrer_agency_id", UUID.class)));
                    agencies.add(new AgencyId(row.getObject("owning_agency_id", UUID.class)));
                });
        return new ChildReferralLinks(referrers, agencies);
    }

    void supersedeDecisions(ReferralId id) {
        jdbc.sql("UPDATE referral_decision SET superseded = true WHERE referral_id = ? AND NOT superseded")
                .param(id.value()).update();
    }

    void reopen(ReferralId id, Instant decisionDueAt) {
        jdbc.sql("UPDATE referral SET status = 'AWAITING_DECISION', decision_due_at = ? WHERE id = ?")
                .params(decisionDueAt.atOffset(java.time.ZoneOffset.UTC), id.value()).update();
    }

    void updateStatus(ReferralId id, ReferralStatus status) {
        updateStatus(List.of(id), status);
    }

    void updateStatus(List<ReferralId> ids, ReferralStatus status) {
        jdbc.sql("UPDATE referral SET status = ? WHERE id = ANY(?)")
                .params(status.name(), ids.stream().map(ReferralId::value).toArray(UUID[]::new)).update();
    }

    void recordOutcome(ReferralId id, String outcome, Instant at) {
        jdbc.sql("UPDATE referral SET status = 'CLOSED', outcome = ?, outcome_recorded_at = ? WHERE id = ?")
                .params(outcome, utc(at), id.value()).update();
    }

    /** A decision row to insert. */
    record NewDecisionRow(ReferralId referral, DecisionOutcome outcome, String reasons, String decidedBy,
                          UserId decidedByUser, Instant decidedAt, String signOff, String sourceSystem,
                          String sourceId) {
    }

    void insertDecision(ReferralId id, DecisionOutcome outcome, String reasons, String decidedBy, UserId decidedByUser,
                        Instant decidedAt, String signOff, String sourceSystem, String sourceId) {
        insertDecisions(List.of(new NewDecisionRow(id, outcome, reasons, decidedBy, decidedByUser, decidedAt, signOff,
                sourceSystem, sourceId)));
    }

    /** Inserts decisions with one batched statement. */
    void insertDecisions(List<NewDecisionRow> decisions) {
        batch.batchUpdate("""
                INSERT INTO referral_decision (id, referral_id, outcome, reasons, decided_by, decided_by_user_id,
                    decided_at, sign_off, source_system, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", decisions.stream().map(decision -> new Object[] {
                UUID.randomUUID(), decision.referral().value(), decision.outcome().name(), decision.reasons(),
                decision.decidedBy(), decision.decidedByUser() == null ? null : decision.decidedByUser().value(),
                utc(decision.decidedAt()), decision.signOff(), decision.sourceSystem(), decision.sourceId()})
                .toList());
    }

    void completeSignOff(ReferralId id, String result, String signedOffBy, String note, Instant at) {
        jdbc.sql("""
                UPDATE referral_decision SET sign_off = ?, signed_off_by = ?, sign_off_note = ?, signed_off_at = ?,
                    superseded = (? = 'REPLACED')
                WHERE referral_id = ? AND sign_off = 'PENDING' AND NOT superseded""")
                .params(result, signedOffBy, note, utc(at), result, id.value()).update();
    }

    /** The decision in force: the newest one not replaced. */
    Optional<DecisionView> currentDecision(ReferralId id) {
        return jdbc.sql("""
                        SELECT outcome, reasons, decided_by, decided_at, sign_off, signed_off_by, signed_off_at,
                               sign_off_note
                        FROM referral_decision WHERE referral_id = ? AND NOT superseded
                        ORDER BY decided_at DESC LIMIT 1""")
                .param(id.value())
                .query((row, n) -> new DecisionView(DecisionOutcome.valueOf(row.getString("outcome")),
                        row.getString("reasons"), row.getString("decided_by"), instant(row, "decided_at"),
                        row.getString("sign_off"), row.getString("signed_off_by"), instant(row, "signed_off_at"),
                        row.getString("sign_off_note")))
                .optional();
    }

    /** Referrals about any of the children, newest first. */
    List<StoredReferral> aboutChildren(Collection<ChildId> children) {
        return list(QUERY + "WHERE r.id IN (SELECT referral_id FROM referral_child WHERE child_id = ANY(?)) "
                + "ORDER BY r.received_at DESC", (Object) children.stream().map(ChildId::value).toArray(UUID[]::new));
    }

    /** The decision in force on each referral that has one. */
    Map<UUID, DecisionView> currentDecisions(Collection<UUID> referralIds) {
        Map<UUID, DecisionView> decisions = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return decisions;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (referral_id) referral_id, outcome, reasons, decided_by, decided_at,
                               sign_off, signed_off_by, signed_off_at, sign_off_note
                        FROM referral_decision WHERE referral_id = ANY(?) AND NOT superseded
                        ORDER BY referral_id, decided_at DESC""")
                .param(referralIds.toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    decisions.put(row.getObject("referral_id", UUID.class), new DecisionView(
                            DecisionOutcome.valueOf(row.getString("outcome")), row.getString("reasons"),
                            row.getString("decided_by"), instant(row, "decided_at"), row.getString("sign_off"),
                            row.getString("signed_off_by"), instant(row, "signed_off_at"),
                            row.getString("sign_off_note")));
                });
        return decisions;
    }

    Map<UUID, DecisionOutcome> currentOutcomes(Collection<UUID> referralIds) {
        Map<UUID, DecisionOutcome> outcomes = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return outcomes;
        }
        jdbc.sql("SELECT referral_id, outcome FROM referral_decision WHERE referral_id = ANY(?) AND NOT superseded "
                        + "ORDER BY decided_at")
                .param(referralIds.toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    outcomes.put(row.getObject("referral_id", UUID.class),
                            DecisionOutcome.valueOf(row.getString("outcome")));
                });
        return outcomes;
    }

    private List<StoredReferral> list(String sql, Object... params) {
        List<StoredReferral> rows = jdbc.sql(sql).params(params).query(ReferralRepository::referral).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<ChildId>> children = new LinkedHashMap<>();
        jdbc.sql("SELECT referral_id, child_id FROM referral_child WHERE referral_id = ANY(?) ORDER BY position")
                .param(rows.stream().map(StoredReferral::key).toArray(UUID[]::new))
                .query((ResultSet row) -> {
                    children.computeIfAbsent(row.getObject("referral_id", UUID.class), key -> new ArrayList<>())
                            .add(new ChildId(row.getObject("child_id", UUID.class)));
                });
        return rows.stream().map(row -> withChildren(row, children.getOrDefault(row.key(), List.of()))).toList();
    }

    private static StoredReferral withChildren(StoredReferral row, List<ChildId> children) {
        return new StoredReferral(row.id(), row.reference(), row.receivedAt(), row.referrerUser(), row.referrerName(),
                row.referrerAgency(), row.referrerAgencyName(), row.referrerEmail(), row.referrerPhone(),
                row.areaCode(), row.owningAgency(), row.owningAgencyName(), row.concern(), row.cseConcern(),
                row.indicators(), row.urgency(), row.lawfulBasis(), row.status(), row.decisionDueAt(), row.outcome(),
                row.outcomeRecordedAt(), row.screeningVersion(), row.screeningLevel(), row.override(),
                List.copyOf(children));
    }

    private static StoredReferral referral(ResultSet row, int rowNumber) throws SQLException {
        UUID referrerUser = row.getObject("referrer_user_id", UUID.class);
        return new StoredReferral(new ReferralId(row.getObject("id", UUID.class)), row.getString("reference"),
                instant(row, "received_at"), referrerUser == null ? null : new UserId(referrerUser),
                row.getString("referrer_name"), new AgencyId(row.getObject("referrer_agency_id", UUID.class)),
                row.getString("referrer_agency_name"), row.getString("referrer_email"),
                row.getString("referrer_phone"), row.getString("area_code"),
                new AgencyId(row.getObject("owning_agency_id", UUID.class)), row.getString("owning_agency_name"),
                row.getString("concern"), row.getBoolean("cse_concern"),
                Arrays.asList((String[]) row.getArray("indicators").getArray()),
                Urgency.valueOf(row.getString("urgency")), LawfulBasis.valueOf(row.getString("lawful_basis")),
                ReferralStatus.valueOf(row.getString("status")), instant(row, "decision_due_at"),
                row.getString("outcome"), instant(row, "outcome_recorded_at"), row.getInt("screening_version"),
                ScreeningLevel.valueOf(row.getString("screening_level")), override(row), List.of());
    }

    private static ScreeningOverride override(ResultSet row) throws SQLException {
        String level = row.getString("override_level");
        return level == null ? null : new ScreeningOverride(ScreeningLevel.valueOf(level),
                row.getString("override_narrative"), row.getString("override_reason"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
