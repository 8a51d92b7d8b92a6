package uk.lantern.resolution.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import uk.lantern.people.Particulars;
import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;

/** A stored record's particulars as the resolution engine reads them, under the record's id. */
final class ParticularsRecords {

    private ParticularsRecords() {
    }

    static PersonRecord of(Particulars particulars) {
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        fields.put(PersonField.FIRST_NAME, particulars.firstName());
        fields.put(PersonField.SURNAME, particulars.surname());
        fields.put(PersonField.DATE_OF_BIRTH, particulars.dateOfBirth());
        // The engine reads sex as given; "not known" says nothing, so it is left out rather than compared.
        fields.put(PersonField.SEX, "NOT_KNOWN".equals(particulars.sex()) ? null : particulars.sex());
        fields.put(PersonField.POSTCODE, particulars.postcode());
        fields.put(PersonField.PHONE, particulars.phone());
        fields.put(PersonField.NHS_NUMBER, particulars.nhsNumber());
        return new PersonRecord(particulars.id().toString(), fields);
    }

    static UUID id(String recordId) {
        return UUID.fromString(recordId);
    }
}
