package uk.lantern.resolution.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;

/** Builds person records for tests, field by field, and the comparison levels two of them reach. */
final class People {

    private People() {
    }

    static PersonRecord person(String id, String firstName, String surname, String dob, String postcode) {
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        fields.put(PersonField.FIRST_NAME, firstName);
        fields.put(PersonField.SURNAME, surname);
        fields.put(PersonField.DATE_OF_BIRTH, dob);
        fields.put(PersonField.POSTCODE, postcode);
        return new PersonRecord(id, fields);
    }

    static PersonRecord withField(PersonField field, String value) {
        return new PersonRecord(field + ":" + value, Map.of(field, value));
    }

    /** The label of the level two values of one field reach under a comparison. */
    static String level(Comparison comparison, PersonField field, String one, String other) {
        return level(comparison, withField(field, one), new PersonRecord("other", Map.of(field, other)));
    }

    static String level(Comparison comparison, PersonRecord one, PersonRecord other) {
        int level = comparison.prepare(new RecordTable(List.of(one, other))).level(0, 1);
        return level == Comparison.MISSING_LEVEL ? "missing" : comparison.levels().get(level - 1);
    }
}
