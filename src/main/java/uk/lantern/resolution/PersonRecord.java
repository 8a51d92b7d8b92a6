package uk.lantern.resolution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record about a person as an agency holds it, before any cleaning: resolution normalises the values itself.
 *
 * @param id the record's identifier, unique within a resolution run
 * @param fields the values the record has; blank values count as missing and are dropped
 */
public record PersonRecord(String id, Map<PersonField, String> fields) {

    public PersonRecord {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A person record needs an id");
        }
        EnumMap<PersonField, String> present = new EnumMap<>(PersonField.class);
        fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                present.put(field, value.strip());
            }
        });
        fields = Collections.unmodifiableMap(present);
    }

    /** The value of a field, or null when the record does not have it. */
    public String get(PersonField field) {
        return fields.get(field);
    }
}
