package uk.lantern.people;

import java.util.UUID;

/**
 * What identifies a person in a record, as the agency wrote it, for entity resolution: names, date of birth (as
 * recorded, possibly partial), sex, the latest postcode, phone and NHS number. Absent values are null.
 */
public record Particulars(RecordKind kind, UUID id, String firstName, String surname, String dateOfBirth, String sex,
                          String postcode, String phone, String nhsNumber) {

    public String fullName() {
        return firstName + " " + surname;
    }
}
