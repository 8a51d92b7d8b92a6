package uk.lantern.intelligence.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.ProtectedRecord;
import uk.lantern.identity.ProtectedRecordSource;
import uk.lantern.identity.RecordRef;

/**
 * What the access policy knows about an adult's record. An adult has no area of their own: they are known where
 * intelligence names them. So the record's areas are those of every report naming the person and of every place a
 * child spoke of them, and its agencies are the agencies that recorded those reports. A person no report or child
 * mentions is in no area, and only a relationship (a grant, break-glass access) opens it.
 */
@Component
class PersonRecordAccess implements ProtectedRecordSource {

    static final String RECORD_TYPE = "PERSON";

    private static final String AREAS = """
            SELECT unnest(r.area_codes) FROM intel_subject s JOIN intel_report r ON r.id = s.report_id
            WHERE s.subject_type = 'PERSON' AND s.subject_id = :id
            UNION
            SELECT l.area_code FROM intel_link l
            WHERE l.area_code IS NOT NULL
              AND ((l.from_type = 'PERSON' AND l.from_id = :id) OR (l.to_type = 'PERSON' AND l.to_id = :id))""";
    private static final String AGENCIES = """
            SELECT DISTINCT r.agency_id FROM intel_subject s JOIN intel_report r ON r.id = s.report_id
            WHERE s.subject_type = 'PERSON' AND s.subject_id = :id""";

    private final JdbcClient jdbc;

    PersonRecordAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Optional<ProtectedRecord> find(String recordId) {
        UUID id;
        try {
            id = UUID.fromString(recordId);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        boolean exists = jdbc.sql("SELECT count(*) FROM person WHERE id = ?").param(id).query(Long.class).single() > 0;
        if (!exists) {
            return Optional.empty();
        }
        List<String> areas = jdbc.sql(AREAS).param("id", id).query(String.class).list();
        Set<AgencyId> agencies = new HashSet<>();
        jdbc.sql(AGENCIES).param("id", id).query(UUID.class).list()
                .forEach(agency -> agencies.add(new AgencyId(agency)));
        return Optional.of(new ProtectedRecord(new RecordRef(RECORD_TYPE, id.toString()), new HashSet<>(areas),
                agencies, Set.of(), Set.of()));
    }
}
