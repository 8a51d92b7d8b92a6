package uk.lantern.people;

/** An adult recorded with a child's records (a parent, carer or someone else), as typed or imported. */
public record PersonInput(String firstName, String surname, String dateOfBirth, String sex, String ethnicityStatus,
                          String ethnicityOns2021, String ethnicityPoliceSelfDefined, String ethnicityObserved,
                          String nationality, String phone, String addressLine1, String addressPostcode) {
}
