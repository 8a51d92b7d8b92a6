package uk.lantern.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.AgencyId;
import uk.lantern.review.ReviewStatus;

/** Closures with no further action, links waiting to be checked, and the review queue, in explicit SQL. */
@Repository
class ReviewRepository {

    record Closure(UUID referralId, String reference, List<UUID> childIds, String areaCode, AgencyId owningAgency,
                   Instant decidedAt) {
    }

    record Trigger(UUID id, List<String> subjects, String source, String sourceLabel, Instant recordedAt) {
    }

    /** Subjects just linked by a record, to check against the closures. */
    record NewTrigger(List<String> subjects, String source, String sourceLabel) {
    }

    record ReviewRow(UUID id, Closure closure, ReviewStatus status, Instant queuedAt, String decidedBy,
                     Instant decidedAt, String decisionReason) {
    }

    /**
     * A reason: the link that ties a child in, the record that first found it with its chain, and when and by which
     * record it was last seen.
     */
    record ReasonRow(UUID reviewId, UUID childId, String linkKey, String source, String sourceLabel, String links,
                     Instant foundAt, Instant lastSeenAt, String lastSourceLabel) {
    }

    /** A referral with a CSE concern, as far as the review needs it. */
    record CseReferral(UUID referralId, String reference, List<UUID> childIds, AgencyId referringAgency,
                       Instant receivedAt) {
    }

    private static final String REVIEW_COLUMNS = "h.id, h.status, h.queued_at, h.decided_by, h.decided_at, "
            + "h.decision_reason, c.referral_id, c.reference, c.child_ids, c.area_code, c.owning_agency_id, "
            + "c.decided_at AS closed_at";

    private static final String CSE_REFERRAL = "SELECT referral_id, reference, child_ids, referring_agency_id, "
            + "received_at FROM review_cse_referral ";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReviewRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertClosures(List<Closure> closures) {
        batch.batchUpdate("INSERT INTO nfa_closure (referral_id, reference, child_ids, area_code, owning_agency_id, "
                + "decided_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (referral_id) DO UPDATE SET decided_at = "
                + "EXCLUDED.decided_at, reopened_at = NULL", closures.stream().map(closure -> new Object[] {
                closure.referralId(), closure.reference(), closure.childIds().toArray(UUID[]::new),
                closure.areaCode(), closure.owningAgency().value(), utc(closure.decidedAt())}).toList());
    }

    void markClosureReopened(UUID referralId, Instant at) {
        jdbc.sql("UPDATE nfa_closure SET reopened_at = ? WHERE referral_id = ?").params(utc(at), referralId).update();
    }

    /** Closures still standing whose children include any of these. */
    List<Closure> standingClosuresOf(Collection<UUID> childIds) {
        return jdbc.sql("SELECT referral_id, reference, child_ids, area_code, owning_agency_id, decided_at AS closed_at "
                        + "FROM nfa_closure WHERE reopened_at IS NULL AND child_ids && ?::uuid[]")
                .param(childIds.toArray(UUID[]::new)).query((row, n) -> closure(row)).list();
    }

    void insertTriggers(List<NewTrigger> triggers, Instant at) {
        batch.batchUpdate("INSERT INTO review_trigger (id, subjects, source, source_label, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?)", triggers.stream().map(trigger -> new Object[] {UUID.randomUUID(),
                trigger.subjects().toArray(String[]::new), trigger.source(), trigger.sourceLabel(), utc(at)})
                .toList());
    }

    /** The oldest unchecked links, locked so that two checks never take the same ones. */
    List<Trigger> claimUnchecked(int limit) {
        return jdbc.sql("SELECT id, subjects, source, source_label, recorded_at FROM review_trigger "
                        + "WHERE checked_at IS NULL ORDER BY recorded_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((row, n) -> new Trigger(row.getObject("id", UUID.class),
                        Arrays.asList((String[]) row.getArray("subjects").getArray()), row.getString("source"),
                        row.getString("source_label"), instant(row, "recorded_at")))
                .list();
    }

    void markChecked(List<UUID> triggers, Instant at) {
        jdbc.sql("UPDATE review_trigger SET checked_at = ? WHERE id = ANY(?)")
                .params(utc(at), triggers.toArray(UUID[]::new)).update();
    }

    Optional<UUID> openReviewOf(UUID referralId) {
        return jdbc.sql("SELECT id FROM historic_review WHERE referral_id = ? AND status = 'QUEUED'")
                .param(referralId).query(UUID.class).optional();
    }

    void insertReview(UUID id, UUID referralId, Instant at) {
        jdbc.sql("INSERT INTO historic_review (id, referral_id, status, queued_at) VALUES (?, ?, 'QUEUED', ?)")
                .params(id, referralId, utc(at)).update();
    }

    /**
     * Adds a reason, or when the review has one for the same link already, records that it was seen again.
     *
     * @return true when the reason is new
     */
    boolean addOrSeeAgain(ReasonRow reason) {
        return jdbc.sql("INSERT INTO historic_review_reason (id, review_id, child_id, link_key, source, source_label, "
                        + "links, found_at, last_seen_at, last_source_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (review_id, link_key) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at, "
                        + "last_source_label = EXCLUDED.last_source_label "
                        + "WHERE historic_review_reason.last_seen_at <= EXCLUDED.last_seen_at "
                        + "RETURNING xmax = 0 AS added")
                .params(UUID.randomUUID(), reason.reviewId(), reason.childId(), reason.linkKey(), reason.source(),
                        reason.sourceLabel(), reason.links(), utc(reason.foundAt()), utc(reason.lastSeenAt()),
                        reason.lastSourceLabel())
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Whether a decided review of the referral already weighed this link as found by this same record: finding it
     * again (a resolution run announcing the same identity again) is nothing new.
     */
    boolean alreadyWeighed(UUID referralId, String linkKey, String source) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM historic_review_reason r JOIN historic_review h "
                        + "ON h.id = r.review_id WHERE h.referral_id = ? AND h.status <> 'QUEUED' AND r.link_key = ? "
                        + "AND r.source = ?)")
                .params(referralId, linkKey, source).query(Boolean.class).single();
    }

    void insertCseReferrals(List<CseReferral> referrals) {
        batch.batchUpdate("INSERT INTO review_cse_referral (referral_id, reference, child_ids, referring_agency_id, "
                + "received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (referral_id) DO NOTHING", referrals.stream()
                .map(referral -> new Object[] {referral.referralId(), referral.reference(),
                        referral.childIds().toArray(UUID[]::new), referral.referringAgency().value(),
                        utc(referral.receivedAt())}).toList());
    }

    /** Referrals with a CSE concern about any of these child records. */
    List<CseReferral> cseReferralsAbout(Collection<UUID> childIds) {
        return jdbc.sql(CSE_REFERRAL + "WHERE child_ids && ?::uuid[]").param(childIds.toArray(UUID[]::new))
                .query((row, n) -> cseReferral(row)).list();
    }

    Optional<CseReferral> cseReferral(UUID referralId) {
        return jdbc.sql(CSE_REFERRAL + "WHERE referral_id = ?").param(referralId).query((row, n) -> cseReferral(row))
                .optional();
    }

    /** Queued reviews of closures in the given areas, oldest first. */
    List<ReviewRow> queued(List<String> areaCodes) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM historic_review h JOIN nfa_closure c "
                        + "ON c.referral_id = h.referral_id WHERE h.status = 'QUEUED' AND c.area_code = ANY(?) "
                        + "ORDER BY h.queued_at")
                .param(areaCodes.toArray(String[]::new)).query((row, n) -> review(row)).list();
    }

    Optional<ReviewRow> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + " FROM historic_review h JOIN nfa_closure c "
                        + "ON c.referral_id = h.referral_id WHERE h.id = ?" + (forUpdate ? " FOR UPDATE OF h" : ""))
                .param(id).query((row, n) -> review(row)).optional();
    }

    List<ReasonRow> reasons(UUID reviewId) {
        return jdbc.sql("SELECT review_id, child_id, link_key, source, source_label, links, found_at, last_seen_at, "
                        + "last_source_label FROM historic_review_reason WHERE review_id = ? ORDER BY found_at, link_key")
                .param(reviewId)
                .query((row, n) -> new ReasonRow(row.getObject("review_id", UUID.class),
                        row.getObject("child_id", UUID.class), row.getString("link_key"), row.getString("source"),
                        row.getString("source_label"), row.getString("links"), instant(row, "found_at"),
                        instant(row, "last_seen_at"), row.getString("last_source_label")))
                .list();
    }

    void decide(UUID id, ReviewStatus status, String by, String reason, Instant at) {
        jdbc.sql("UPDATE historic_review SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ? "
                + "WHERE id = ?").params(status.name(), by, reason, utc(at), id).update();
    }

    private static ReviewRow review(ResultSet row) throws SQLException {
        return new ReviewRow(row.getObject("id", UUID.class), closure(row),
                ReviewStatus.valueOf(row.getString("status")), instant(row, "queued_at"), row.getString("decided_by"),
                instant(row, "decided_at"), row.getString("decision_reason"));
    }

    private static CseReferral cseReferral(ResultSet row) throws SQLException {
        return new CseReferral(row.getObject("referral_id", UUID.class), row.getString("reference"),
                Arrays.asList((UUID[]) row.getArray("child_ids").getArray()),
                new AgencyId(row.getObject("referring_agency_id", UUID.class)), instant(row, "received_at"));
    }

    private static Closure closure(ResultSet row) throws SQLException {
        return new Closure(row.getObject("referral_id", UUID.class), row.getString("reference"),
                Arrays.asList((UUID[]) row.getArray("child_ids").getArray()), row.getString("area_code"),
                new AgencyId(row.getObject("owning_agency_id", UUID.class)), instant(row, "closed_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
