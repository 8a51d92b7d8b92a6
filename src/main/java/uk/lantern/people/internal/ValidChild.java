package uk.lantern.people.internal;

import java.util.List;

import uk.lantern.people.ChildInput;
import uk.lantern.people.Ethnicity;
import uk.lantern.people.PartialDate;
import uk.lantern.people.Sex;

/** Child details that passed validation. */
record ValidChild(String firstName, String surname, PartialDate dateOfBirth, Sex sex, Ethnicity ethnicity,
                  String nationality, String countryOfBirth, String nhsNumber, String areaCode, String school,
                  List<ChildInput.Alias> aliases, List<ChildInput.Address> addresses, ChildInput.Placement placement) {
}
