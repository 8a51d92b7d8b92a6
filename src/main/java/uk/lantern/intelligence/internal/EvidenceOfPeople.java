package uk.lantern.intelligence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.intelligence.PeopleInEvidence;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;

/**
 * Asks the evidence about people with the handling rules' SQL condition for reports seen in full, and the child's
 * area for what children said, as {@link EvidenceService} gathers evidence for network analysis, but only about the
 * subjects asked for, so that one search reads a few rows rather than every report.
 */
@Service
class EvidenceOfPeople implements PeopleInEvidence {

    private static final String PEOPLE = "('PERSON', 'CHILD')";

    private final JdbcClient jdbc;
    private final HandlingRules rules;
    private final Areas areas;

    EvidenceOfPeople(JdbcClient jdbc, HandlingRules rules, Areas areas) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.areas = areas;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubjectRef> peopleLinkedTo(Actor actor, SubjectType type, String written) {
        Optional<UUID> subject = switch (type) {
            case VEHICLE -> SubjectKeys.registration(written).flatMap(key -> idOf("vehicle", "registration", key));
            case PHONE -> SubjectKeys.phone(written).flatMap(key -> idOf("phone", "number", key));
            default -> throw new IllegalArgumentException("People are found by a vehicle or a phone, not a " + type);
        };
        if (subject.isEmpty()) {
            return List.of();
        }
        String typeName = type.name();
        UUID id = subject.get();
        Set<SubjectRef> people = new LinkedHashSet<>();
        HandlingRules.Condition seen = rules.fullyVisible(actor);

        List<Object> namedTogether = new ArrayList<>(List.of(typeName, id));
        namedTogether.addAll(seen.params());
        jdbc.sql("SELECT other.subject_type AS type, other.subject_id AS id FROM intel_subject s "
                        + "JOIN intel_report r ON r.id = s.report_id "
                        + "JOIN intel_subject other ON other.report_id = s.report_id "
                        + "WHERE s.subject_type = ? AND s.subject_id = ? AND other.subject_type IN " + PEOPLE
                        + " AND " + seen.sql())
                .params(namedTogether).query((row, n) -> ref(row.getString("type"), row.getObject("id", UUID.class)))
                .list().forEach(people::add);

        String otherEnd = "SELECT CASE WHEN l.from_type = ? AND l.from_id = ? THEN l.to_type ELSE l.from_type END AS type, "
                + "CASE WHEN l.from_type = ? AND l.from_id = ? THEN l.to_id ELSE l.from_id END AS id FROM intel_link l ";
        String touches = "((l.from_type = ? AND l.from_id = ?) OR (l.to_type = ? AND l.to_id = ?))";
        List<Object> stated = new ArrayList<>(List.of(typeName, id, typeName, id, typeName, id, typeName, id));
        stated.addAll(seen.params());
        jdbc.sql(otherEnd + "JOIN intel_report r ON r.id = l.report_id WHERE " + touches + " AND " + seen.sql())
                .params(stated).query((row, n) -> ref(row.getString("type"), row.getObject("id", UUID.class)))
                .list().forEach(people::add);

        List<Object> said = new ArrayList<>(List.of(typeName, id, typeName, id, typeName, id, typeName, id));
        String inArea = childAreaCondition(actor, said);
        jdbc.sql(otherEnd + "WHERE l.report_id IS NULL AND " + touches + " AND " + inArea)
                .params(said).query((row, n) -> ref(row.getString("type"), row.getObject("id", UUID.class)))
                .list().forEach(people::add);

        return people.stream().filter(ref -> ref.type() == SubjectType.PERSON || ref.type() == SubjectType.CHILD)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> adultsNamedInEvidenceSeenBy(Actor actor, Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = persons.toArray(UUID[]::new);
        HandlingRules.Condition seen = rules.fullyVisible(actor);
        List<Object> reportParams = new ArrayList<>();
        reportParams.add(ids);
        reportParams.addAll(seen.params());
        Set<UUID> named = new HashSet<>(jdbc.sql("SELECT s.subject_id FROM intel_subject s "
                        + "JOIN intel_report r ON r.id = s.report_id "
                        + "WHERE s.subject_type = 'PERSON' AND s.subject_id = ANY(?) AND " + seen.sql())
                .params(reportParams).query(UUID.class).list());
        List<Object> saidParams = new ArrayList<>(List.of(ids, ids));
        String inArea = childAreaCondition(actor, saidParams);
        named.addAll(jdbc.sql("SELECT p.id FROM intel_link l, LATERAL (VALUES (l.from_type, l.from_id), "
                        + "(l.to_type, l.to_id)) AS p(type, id) WHERE l.report_id IS NULL "
                        + "AND ((l.from_type = 'PERSON' AND l.from_id = ANY(?)) OR (l.to_type = 'PERSON' AND l.to_id = ANY(?))) AND "
                        + inArea
                        + " AND p.type = 'PERSON'")
                .params(saidParams).query(UUID.class).list());
        named.retainAll(Set.of(ids));
        return named;
    }

    /** What a child said is seen where the actor's area covers the child's local authority at the time. */
    private String childAreaCondition(Actor actor, List<Object> params) {
        if (Areas.ENGLAND.equals(actor.areaCode())) {
            return "true";
        }
        params.add(areas.localAuthoritiesCoveredBy(actor.areaCode()).toArray(String[]::new));
        return "l.area_code = ANY(?)";
    }

    private Optional<UUID> idOf(String table, String keyColumn, String key) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + keyColumn + " = ?").param(key).query(UUID.class)
                .optional();
    }

    private static SubjectRef ref(String type, UUID id) {
        return new SubjectRef(SubjectType.valueOf(type), id);
    }
}
