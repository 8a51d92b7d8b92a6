package uk.lantern.oversight.internal.chronology;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the ledger entries about the records an inquiry chronology covers, by explicit SQL over {@code ledger_entry}
 * and the tables that say which records belong to a case, a child or an area. Only the fields an entry's hash covers
 * are read, never its payload: payloads can hold names.
 */
@Repository
class InquiryRecords {

    /** A case the chronology is about. */
    record CaseRecord(UUID id, String reference, String areaCode) {
    }

    /**
     * The record a subject id names, when it is a UUID; otherwise null. The cast is inside the CASE so that it is only
     * tried on a UUID: some subjects (the ledger itself, a triage queue) have other ids.
     */
    private static final String SUBJECT_UUID = "CROSS JOIN LATERAL (SELECT CASE WHEN e.subject_id ~ "
            + "'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' "
            + "THEN e.subject_id::uuid END AS id) s ";

    /** The entry's columns, and the case or referral reference of its subject where it has one. */
    private static final String LINE = "SELECT e.sequence, e.recorded_at, e.actor, e.agency, e.action, "
            + "e.subject_type, e.subject_id, e.payload_digest, e.previous_hash, e.hash, e.leaf_hash, "
            + "CASE e.subject_type WHEN 'CASE' THEN (SELECT c.reference FROM child_case c WHERE c.id = s.id) "
            + "WHEN 'REFERRAL' THEN (SELECT r.reference FROM referral r WHERE r.id = s.id) END AS reference "
            + "FROM ledger_entry e " + SUBJECT_UUID;

    private final JdbcClient jdbc;

    InquiryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case an auditor may choose: its reference, area, when it opened and whether it is open. No names. */
    record CaseListing(String reference, String areaCode, Instant openedAt, String status) {
    }

    /** The newest cases of an area (a local authority, the authorities of a force area, or England), a page at a time. */
    List<CaseListing> cases(Collection<String> localAuthorities, boolean everywhere, int offset, int limit) {
        return jdbc.sql("SELECT reference, area_code, opened_at, status FROM child_case "
                        + "WHERE ? OR area_code = ANY(?) ORDER BY opened_at DESC, reference LIMIT ? OFFSET ?")
                .params(everywhere, localAuthorities.toArray(String[]::new), limit, offset)
                .query((row, n) -> new CaseListing(row.getString("reference"), row.getString("area_code"),
                        row.getObject("opened_at", OffsetDateTime.class).toInstant(),
                        row.getString("status")))
                .list();
    }

    long countCases(Collection<String> localAuthorities, boolean everywhere) {
        return jdbc.sql("SELECT count(*) FROM child_case WHERE ? OR area_code = ANY(?)")
                .params(everywhere, localAuthorities.toArray(String[]::new)).query(Long.class).single();
    }

    Optional<CaseRecord> findCase(String reference) {
        return jdbc.sql("SELECT id, reference, area_code FROM child_case WHERE reference = ?").param(reference)
                .query((row, n) -> new CaseRecord(row.getObject("id", UUID.class), row.getString("reference"),
                        row.getString("area_code")))
                .optional();
    }

    boolean childExists(UUID child) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM child WHERE id = ?)").param(child).query(Boolean.class)
                .single();
    }

    /**
     * Entries about a case: the case, its referral, its children, its actions, the children's missing episodes (and
     * so their return interviews and clocks), historic reviews of its referral, and legal holds on it.
     */
    List<ChronologyLine> aboutCase(CaseRecord theCase, long upToSequence, int limit) {
        return jdbc.sql("""
                        WITH the_case AS (SELECT id, referral_id, reference FROM child_case WHERE id = :case),
                        kids AS (SELECT child_id FROM case_child WHERE case_id = :case),
                        subjects (subject_type, subject_id) AS (
                            SELECT 'CASE', id::text FROM the_case
                            UNION SELECT 'REFERRAL', referral_id::text FROM the_case
                            UNION SELECT 'CHILD', child_id::text FROM kids
                            UNION SELECT 'CASE_ACTION', a.id::text FROM case_action a WHERE a.case_id = :case
                            UNION SELECT 'MISSING_EPISODE', m.id::text FROM missing_episode m
                                JOIN kids k ON k.child_id = m.child_id
                            UNION SELECT 'HISTORIC_REVIEW', h.id::text FROM historic_review h
                                JOIN the_case c ON c.referral_id = h.referral_id
                            UNION SELECT 'LEGAL_HOLD', l.id::text FROM legal_hold l
                                JOIN the_case c ON l.scope = 'CASE' AND l.scope_reference = c.reference
                        )
                        """ + LINE + """
                        WHERE (e.subject_type, e.subject_id) IN (SELECT subject_type, subject_id FROM subjects)
                          AND e.sequence <= :upTo
                        ORDER BY e.sequence LIMIT :limit
                        """)
                .param("case", theCase.id()).param("upTo", upToSequence).param("limit", limit)
                .query(InquiryRecords::line).list();
    }

    /**
     * Entries about a child: the child, the referrals and cases that name them, those cases' actions, the child's
     * missing episodes, historic reviews of those referrals, and legal holds on those cases.
     */
    List<ChronologyLine> aboutChild(UUID child, long upToSequence, int limit) {
        return jdbc.sql("""
                        WITH referrals AS (SELECT referral_id AS id FROM referral_child WHERE child_id = :child),
                        cases AS (SELECT c.id, c.reference FROM child_case c
                            JOIN case_child cc ON cc.case_id = c.id WHERE cc.child_id = :child),
                        subjects (subject_type, subject_id) AS (
                            SELECT 'CHILD', CAST(:child AS uuid)::text
                            UNION SELECT 'REFERRAL', id::text FROM referrals
                            UNION SELECT 'CASE', id::text FROM cases
                            UNION SELECT 'CASE_ACTION', a.id::text FROM case_action a JOIN cases c ON c.id = a.case_id
                            UNION SELECT 'MISSING_EPISODE', m.id::text FROM missing_episode m
                                WHERE m.child_id = :child
                            UNION SELECT 'HISTORIC_REVIEW', h.id::text FROM historic_review h
                                JOIN referrals r ON r.id = h.referral_id
                            UNION SELECT 'LEGAL_HOLD', l.id::text FROM legal_hold l
                                JOIN cases c ON l.scope = 'CASE' AND l.scope_reference = c.reference
                        )
                        """ + LINE + """
                        WHERE (e.subject_type, e.subject_id) IN (SELECT subject_type, subject_id FROM subjects)
                          AND e.sequence <= :upTo
                        ORDER BY e.sequence LIMIT :limit
                        """)
                .param("child", child).param("upTo", upToSequence).param("limit", limit)
                .query(InquiryRecords::line).list();
    }

    /**
     * Entries recorded in a window about the records of some local authorities: referrals, cases and children whose
     * area is one of them, and what belongs to those (actions, missing episodes, historic reviews), and legal holds
     * on the area. The window is read first, through the index on the time, so a short window stays quick however
     * much the area holds.
     */
    List<ChronologyLine> aboutArea(String areaCode, Collection<String> localAuthorities, Instant from, Instant until,
                                   long upToSequence, int limit) {
        return jdbc.sql(LINE + """
                        WHERE e.recorded_at >= :from AND e.recorded_at < :until AND e.sequence <= :upTo
                          AND CASE e.subject_type
                            WHEN 'REFERRAL' THEN EXISTS (SELECT 1 FROM referral r
                                WHERE r.id = s.id AND r.area_code = ANY(:areas))
                            WHEN 'CASE' THEN EXISTS (SELECT 1 FROM child_case c
                                WHERE c.id = s.id AND c.area_code = ANY(:areas))
                            WHEN 'CHILD' THEN EXISTS (SELECT 1 FROM child k
                                WHERE k.id = s.id AND k.area_code = ANY(:areas))
                            WHEN 'CASE_ACTION' THEN EXISTS (SELECT 1 FROM case_action a
                                JOIN child_case c ON c.id = a.case_id WHERE a.id = s.id AND c.area_code = ANY(:areas))
                            WHEN 'MISSING_EPISODE' THEN EXISTS (SELECT 1 FROM missing_episode m
                                JOIN child k ON k.id = m.child_id WHERE m.id = s.id AND k.area_code = ANY(:areas))
                            WHEN 'HISTORIC_REVIEW' THEN EXISTS (SELECT 1 FROM historic_review h
                                JOIN referral r ON r.id = h.referral_id WHERE h.id = s.id AND r.area_code = ANY(:areas))
                            WHEN 'LEGAL_HOLD' THEN EXISTS (SELECT 1 FROM legal_hold l
                                WHERE l.id = s.id AND l.scope = 'AREA' AND l.scope_reference = :area)
                            ELSE false
                          END
                        ORDER BY e.sequence LIMIT :limit
                        """)
                .param("from", from.atOffset(ZoneOffset.UTC)).param("until", until.atOffset(ZoneOffset.UTC))
                .param("upTo", upToSequence).param("areas", localAuthorities.toArray(String[]::new))
                .param("area", areaCode).param("limit", limit)
                .query(InquiryRecords::line).list();
    }

    private static ChronologyLine line(ResultSet row, int rowNumber) throws SQLException {
        return new ChronologyLine(row.getLong("sequence"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                row.getString("agency"), row.getString("action"), row.getString("subject_type"),
                row.getString("subject_id"), row.getString("reference"), row.getString("payload_digest"),
                row.getString("previous_hash"), row.getString("hash"), row.getString("leaf_hash"), List.of());
    }
}
