package uk.lantern.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A child record as stored. */
public record ChildView(ChildId id, String firstName, String surname, PartialDate dateOfBirth, Sex sex,
                        Ethnicity ethnicity, String nationality, String countryOfBirth, String nhsNumber,
                        String areaCode, String school, List<ChildInput.Alias> aliases,
                        List<ChildInput.Address> addresses, List<ChildInput.Placement> placements,
                        Instant createdAt, Instant voidedAt, String voidReason) {

    public String fullName() {
        return firstName + " " + surname;
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /** Age in whole years on a date, or null when the date of birth is unknown. */
    public Integer ageOn(LocalDate date) {
        return dateOfBirth == null ? null : dateOfBirth.ageOn(date);
    }
}
