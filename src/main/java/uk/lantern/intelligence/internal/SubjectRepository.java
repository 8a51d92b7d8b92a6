package uk.lantern.intelligence.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;

/** Vehicles, phones, places, organisations and named people, each stored once under its normalised key. */
@Repository
class SubjectRepository {

    /** A subject found or created by its key; {@code created} says whether this call stored it. */
    record Stored(SubjectRef ref, boolean created) {
    }

    private final JdbcClient jdbc;

    SubjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Stored vehicle(String registration, String make, String model, String colour, Instant at) {
        return findOrCreate(SubjectType.VEHICLE, "SELECT id FROM vehicle WHERE registration = ?", registration,
                id -> jdbc.sql("INSERT INTO vehicle (id, registration, make, model, colour, created_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (registration) DO NOTHING")
                        .params(id, registration, make, model, colour, utc(at)).update());
    }

    Stored phone(String number, Instant at) {
        return findOrCreate(SubjectType.PHONE, "SELECT id FROM phone WHERE number = ?", number,
                id -> jdbc.sql("INSERT INTO phone (id, number, created_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (number) DO NOTHING").params(id, number, utc(at)).update());
    }

    Stored location(String matchKey, String address, String postcode, String type, String areaCode, Instant at) {
        return findOrCreate(SubjectType.LOCATION, "SELECT id FROM location WHERE match_key = ?", matchKey,
                id -> jdbc.sql("INSERT INTO location (id, match_key, address, postcode, location_type, area_code, "
                                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (match_key) DO NOTHING")
                        .params(id, matchKey, address, postcode, type, areaCode, utc(at)).update());
    }

    Stored organisation(String matchKey, String name, String type, String areaCode, Instant at) {
        return findOrCreate(SubjectType.ORGANISATION, "SELECT id FROM organisation WHERE match_key = ?", matchKey,
                id -> jdbc.sql("INSERT INTO organisation (id, match_key, name, organisation_type, area_code, "
                                + "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (match_key) DO NOTHING")
                        .params(id, matchKey, name, type, areaCode, utc(at)).update());
    }

    Stored namedPerson(String name, String forceAreaCode, Instant at) {
        return findOrCreate(SubjectType.NAMED_PERSON, "SELECT id FROM named_person WHERE name = ? AND area_code = ?",
                new Object[] {name, forceAreaCode},
                id -> jdbc.sql("INSERT INTO named_person (id, name, area_code, created_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (name, area_code) DO NOTHING").params(id, name, forceAreaCode, utc(at)).update());
    }

    /** Those of the subjects that Lantern holds, with one query for each type. */
    Set<SubjectRef> held(Collection<SubjectRef> refs) {
        Set<SubjectRef> held = new HashSet<>();
        refs.stream().collect(Collectors.groupingBy(SubjectRef::type, Collectors.mapping(SubjectRef::id,
                Collectors.toSet()))).forEach((type, ids) -> {
            String table = switch (type) {
                case VEHICLE -> "vehicle";
                case PHONE -> "phone";
                case LOCATION -> "location";
                case ORGANISATION -> "organisation";
                case NAMED_PERSON -> "named_person";
                case PERSON -> "person";
                case CHILD -> "child";
            };
            jdbc.sql("SELECT id FROM " + table + " WHERE id = ANY(?)").param(ids.toArray(UUID[]::new))
                    .query(UUID.class).list().forEach(id -> held.add(new SubjectRef(type, id)));
        });
        return held;
    }

    /** Labels of vehicles, phones, places, organisations and named people; people and children are the people module's. */
    Map<SubjectRef, String> labels(Collection<SubjectRef> refs) {
        Map<SubjectRef, String> labels = new HashMap<>();
        label(labels, refs, SubjectType.VEHICLE, "SELECT id, registration AS label FROM vehicle WHERE id = ANY(?)");
        label(labels, refs, SubjectType.PHONE, "SELECT id, number AS label FROM phone WHERE id = ANY(?)");
        label(labels, refs, SubjectType.LOCATION, "SELECT id, address || coalesce(', ' || postcode, '') AS label "
                + "FROM location WHERE id = ANY(?)");
        label(labels, refs, SubjectType.ORGANISATION, "SELECT id, name AS label FROM organisation WHERE id = ANY(?)");
        label(labels, refs, SubjectType.NAMED_PERSON, "SELECT id, '\"' || name || '\" (named by a child)' AS label "
                + "FROM named_person WHERE id = ANY(?)");
        return labels;
    }

    private void label(Map<SubjectRef, String> labels, Collection<SubjectRef> refs, SubjectType type, String sql) {
        UUID[] ids = refs.stream().filter(ref -> ref.type() == type).map(SubjectRef::id).toArray(UUID[]::new);
        if (ids.length == 0) {
            return;
        }
        jdbc.sql(sql).param(ids).query((ResultSet row) -> {
            labels.put(new SubjectRef(type, row.getObject("id", UUID.class)), row.getString("label"));
        });
    }

    /**
     * Finds the subject by its key, or inserts it. The insert ignores a conflict so that two transactions storing the
     * same new vehicle at once both end up with the one row.
     */
    private Stored findOrCreate(SubjectType type, String findSql, String key, Consumer<UUID> insert) {
        return findOrCreate(type, findSql, new Object[] {key}, insert);
    }

    private Stored findOrCreate(SubjectType type, String findSql, Object[] key, Consumer<UUID> insert) {
        Optional<UUID> existing = jdbc.sql(findSql).params(key).query(UUID.class).optional();
        if (existing.isPresent()) {
            return new Stored(new SubjectRef(type, existing.get()), false);
        }
        UUID id = UUID.randomUUID();
        insert.accept(id);
        UUID stored = jdbc.sql(findSql).params(key).query(UUID.class).single();
        return new Stored(new SubjectRef(type, stored), stored.equals(id));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
