package uk.lantern.people;

import java.util.List;

/**
 * An adult recorded with a child's records or in intelligence (a parent, carer, suspect or someone else), as typed or
 * imported. Aliases hold other names the person is known by, such as the nickname children use.
 */
public record PersonInput(String firstName, String surname, String dateOfBirth, String sex, String ethnicityStatus,
                          String ethnicityOns2021, String ethnicityPoliceSelfDefined, String ethnicityObserved,
                          String nationality, String phone, String addressLine1, String addressPostcode,
                          List<ChildInput.Alias> aliases) {

    public PersonInput {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
