package uk.lantern.people;

import java.util.List;

/**
 * A child's details as typed on a form, sent to the API or read from an import. Every field is text so that
 * validation can name each bad one; only first name, surname and area are required.
 *
 * @param dateOfBirth 2011-04-23, 2011-04 or 2011
 * @param ethnicityOns2021 an {@link Ons2021Ethnicity} name
 * @param ethnicityPoliceSelfDefined a {@link PoliceSelfDefinedEthnicity} code
 * @param ethnicityObserved an {@link ObservedEthnicity} code
 * @param ethnicityStatus an {@link EthnicityStatus} name, for NOT_STATED or NOT_RECORDED
 * @param nationality ISO 3166-1 alpha-2
 * @param areaCode the children's services local authority responsible for the child
 */
public record ChildInput(String firstName, String surname, String dateOfBirth, boolean dateOfBirthApproximate,
                         String sex, String ethnicityStatus, String ethnicityOns2021,
                         String ethnicityPoliceSelfDefined, String ethnicityObserved, String nationality,
                         String countryOfBirth, String nhsNumber, String areaCode, String school,
                         List<Alias> aliases, List<Address> addresses, Placement placement) {

    public record Alias(String firstName, String surname) {
    }

    public record Address(String line1, String line2, String town, String postcode, String from, String to) {
    }

    public record Placement(String placementType, String providerName, String from) {
    }

    /** The minimum a referrer may know: a name, perhaps a date of birth, and the area. */
    public static ChildInput minimal(String firstName, String surname, String dateOfBirth, String areaCode) {
        return new ChildInput(firstName, surname, dateOfBirth, false, null, null, null, null, null, null, null, null,
                areaCode, null, List.of(), List.of(), null);
    }
}
