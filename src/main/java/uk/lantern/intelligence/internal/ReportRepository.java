package uk.lantern.intelligence.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.identity.AgencyId;
import uk.lantern.intelligence.Grading;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.people.ChildId;

/** Intelligence reports, their subjects and their links, in explicit SQL. */
@Repository
class ReportRepository {

    /** A stored report, with everything the handling rules and the views need. */
    record ReportRow(UUID id, String reference, AgencyId agency, List<String> areaCodes, LocalDate informationDate,
                     Grading grading, String text, String sanitisedText, String recordedBy, Instant recordedAt) {

        HandlingRules.ReportAccess access() {
            return new HandlingRules.ReportAccess(agency, areaCodes, grading, recordedBy, sanitisedText != null);
        }
    }

    record SubjectRow(UUID reportId, SubjectRef ref, SubjectRole role, String detail) {
    }

    /**
     * A stored link.
     *
     * @param sourceKind INTEL_REPORT, MISSING_EPISODE or RETURN_INTERVIEW
     * @param sourceId   the report's id or the missing episode's
     * @param areaCode   the child's local authority, for what a child said
     */
    record LinkRow(UUID id, SubjectRef from, SubjectRef to, LinkType type, String sourceKind, UUID sourceId,
                   UUID reportId, UUID childId, String areaCode, LocalDate firstSeen, LocalDate lastSeen,
                   String detail) {
    }

    /** Where an imported report or link came from, for idempotent imports. */
    record Origin(String sourceSystem, String sourceRecord) {
        static final Origin TYPED = new Origin(null, null);
    }

    record ReportWithOrigin(ReportRow report, Origin origin) {
    }

    record LinkWithOrigin(LinkRow link, Origin origin) {
    }

    static final String REPORT_COLUMNS = "r.id, r.reference, r.agency_id, r.area_codes, r.information_date, "
            + "r.grading_scheme, r.source_evaluation, r.intelligence_assessment, r.handling_code, "
            + "r.handling_conditions, r.report_text, r.sanitised_text, r.recorded_by, r.recorded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** References for reports about to be recorded: the year and the next numbers. */
    List<String> nextReferences(int year, int count) {
        return jdbc.sql("SELECT nextval('intel_reference_seq') FROM generate_series(1, ?)").param(count)
                .query(Long.class).list().stream().map(number -> String.format("INT-%d-%06d", year, number)).toList();
    }

    /** Inserts reports recorded together with one batched statement. */
    void insertAll(List<ReportWithOrigin> reports) {
        batch.batchUpdate("""
                INSERT INTO intel_report (id, reference, agency_id, area_codes, information_date, grading_scheme,
                    source_evaluation, intelligence_assessment, handling_code, handling_conditions, report_text,
                    sanitised_text, recorded_by, recorded_at, source_system, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", reports.stream().map(given -> {
            ReportRow report = given.report();
            Grading grading = report.grading();
            return new Object[] {report.id(), report.reference(), report.agency().value(),
                    report.areaCodes().toArray(String[]::new), report.informationDate(), grading.scheme().code(),
                    grading.source(), grading.intelligence(), grading.handling(), grading.conditions(),
                    report.text(), report.sanitisedText(), report.recordedBy(), utc(report.recordedAt()),
                    given.origin().sourceSystem(), given.origin().sourceRecord()};
        }).toList());
    }

    /** Adds subjects to reports with one batched statement; a subject already on its report is left as it is. */
    void insertSubjects(List<SubjectRow> subjects) {
        batch.batchUpdate("INSERT INTO intel_subject (id, report_id, subject_type, subject_id, subject_role, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, subject_type, subject_id) DO NOTHING",
                subjects.stream().map(subject -> new Object[] {UUID.randomUUID(), subject.reportId(),
                        subject.ref().type().name(), subject.ref().id(), subject.role().name(), subject.detail()})
                        .toList());
    }

    /** Adds a subject to a report; false when it is already one of the report's subjects. */
    boolean insertSubject(UUID reportId, SubjectRef subject, SubjectRole role, String detail) {
        return jdbc.sql("INSERT INTO intel_subject (id, report_id, subject_type, subject_id, subject_role, detail) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (report_id, subject_type, subject_id) DO NOTHING")
                .params(UUID.randomUUID(), reportId, subject.type().name(), subject.id(), role.name(), detail)
                .update() == 1;
    }

    /** Inserts links recorded together with one batched statement. */
    void insertLinks(List<LinkWithOrigin> links, String recordedBy, Instant at) {
        batch.batchUpdate("""
                INSERT INTO intel_link (id, from_type, from_id, to_type, to_id, link_type, source_kind, source_id,
                    report_id, child_id, area_code, first_seen, last_seen, detail, recorded_by, recorded_at,
                    source_system, source_record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", links.stream().map(given -> {
            LinkRow link = given.link();
            return new Object[] {link.id(), link.from().type().name(), link.from().id(), link.to().type().name(),
                    link.to().id(), link.type().name(), link.sourceKind(), link.sourceId(), link.reportId(),
                    link.childId(), link.areaCode(), link.firstSeen(), link.lastSeen(), link.detail(), recordedBy,
                    utc(at), given.origin().sourceSystem(), given.origin().sourceRecord()};
        }).toList());
    }

    void updateSanitisedText(UUID id, String text) {
        jdbc.sql("UPDATE intel_report SET sanitised_text = ? WHERE id = ?").params(text, id).update();
    }

    Optional<ReportRow> find(UUID id) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intel_report r WHERE r.id = ?").param(id)
                .query((row, n) -> report(row)).optional();
    }

    /** Locks the report while a subject or link is added, so two additions cannot interleave. */
    /** Locks the reports while links are added to them, as {@link #findForUpdate} does for one. */
    List<ReportRow> findAllForUpdate(Collection<UUID> ids) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intel_report r WHERE r.id = ANY(?) ORDER BY r.id FOR UPDATE")
                .param(ids.toArray(UUID[]::new)).query((row, n) -> report(row)).list();
    }

    Optional<ReportRow> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intel_report r WHERE r.id = ? FOR UPDATE").param(id)
                .query((row, n) -> report(row)).optional();
    }

    List<ReportRow> list(HandlingRules.Condition visible, int offset, int limit) {
        List<Object> params = new ArrayList<>(visible.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intel_report r WHERE " + visible.sql()
                        + " ORDER BY r.information_date DESC, r.reference DESC LIMIT ? OFFSET ?")
                .params(params).query((row, n) -> report(row)).list();
    }

    /** Every report under a condition, streamed to the consumer so that memory does not grow with their number. */
    void eachReport(HandlingRules.Condition condition, Consumer<ReportRow> consumer) {
        jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intel_report r WHERE " + condition.sql())
                .params(condition.params()).query((ResultSet row) -> {
                    consumer.accept(report(row));
                });
    }

    /** A report naming a child as a subject, with the name of the agency that recorded it. */
    record ChildReportRow(ReportRow report, ChildId child, SubjectRole role, String agencyName) {
    }

    /** The reports naming any of the children as a subject, newest information first. */
    List<ChildReportRow> namingChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + REPORT_COLUMNS + ", s.subject_id AS child_id, s.subject_role, a.name AS agency_name "
                        + "FROM intel_subject s JOIN intel_report r ON r.id = s.report_id "
                        + "JOIN agency a ON a.id = r.agency_id "
                        + "WHERE s.subject_type = 'CHILD' AND s.subject_id = ANY(?) "
                        + "ORDER BY r.information_date DESC, r.reference DESC")
                .param(children.stream().map(ChildId::value).toArray(UUID[]::new))
                .query((row, n) -> new ChildReportRow(report(row), new ChildId(row.getObject("child_id", UUID.class)),
                        SubjectRole.valueOf(row.getString("subject_role")), row.getString("agency_name"))).list();
    }

    List<SubjectRow> subjects(List<UUID> reportIds) {
        return jdbc.sql("SELECT report_id, subject_type, subject_id, subject_role, detail FROM intel_subject "
                        + "WHERE report_id = ANY(?) ORDER BY report_id, subject_role, subject_type")
                .param(reportIds.toArray(UUID[]::new)).query((row, n) -> new SubjectRow(
                        row.getObject("report_id", UUID.class), ref(row, "subject_type", "subject_id"),
                        SubjectRole.valueOf(row.getString("subject_role")), row.getString("detail"))).list();
    }

    List<LinkRow> linksOfReports(List<UUID> reportIds) {
        return jdbc.sql("SELECT * FROM intel_link WHERE report_id = ANY(?) ORDER BY first_seen, id")
                .param(reportIds.toArray(UUID[]::new)).query((row, n) -> link(row)).list();
    }

    /** What children said, in the given local authorities (all of them when null). */
    List<LinkRow> childLinks(List<String> areaCodes) {
        if (areaCodes == null) {
            return jdbc.sql("SELECT * FROM intel_link WHERE report_id IS NULL").query((row, n) -> link(row)).list();
        }
        return jdbc.sql("SELECT * FROM intel_link WHERE report_id IS NULL AND area_code = ANY(?)")
                .param(areaCodes.toArray(String[]::new)).query((row, n) -> link(row)).list();
    }

    private static ReportRow report(ResultSet row) throws SQLException {
        Grading grading = new Grading(Grading.GradingScheme.ofCode(row.getString("grading_scheme")),
                row.getString("source_evaluation"), row.getString("intelligence_assessment"),
                row.getString("handling_code"), row.getString("handling_conditions"));
        return new ReportRow(row.getObject("id", UUID.class), row.getString("reference"),
                new AgencyId(row.getObject("agency_id", UUID.class)), strings(row.getArray("area_codes")),
                row.getObject("information_date", LocalDate.class), grading, row.getString("report_text"),
                row.getString("sanitised_text"), row.getString("recorded_by"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static LinkRow link(ResultSet row) throws SQLException {
        return new LinkRow(row.getObject("id", UUID.class), ref(row, "from_type", "from_id"),
                ref(row, "to_type", "to_id"), LinkType.valueOf(row.getString("link_type")),
                row.getString("source_kind"), row.getObject("source_id", UUID.class),
                row.getObject("report_id", UUID.class), row.getObject("child_id", UUID.class),
                row.getString("area_code"), row.getObject("first_seen", LocalDate.class),
                row.getObject("last_seen", LocalDate.class), row.getString("detail"));
    }

    private static SubjectRef ref(ResultSet row, String typeColumn, String idColumn) throws SQLException {
        return new SubjectRef(SubjectType.valueOf(row.getString(typeColumn)), row.getObject(idColumn, UUID.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
