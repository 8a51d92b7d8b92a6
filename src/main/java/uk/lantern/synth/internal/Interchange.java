package uk.lantern.synth.internal;

import java.util.List;

/**
 * The shapes of interchange records, as {@code lantern-interchange-v1.schema.json} defines them. Components are in
 * the order they are written; null components are left out. Times and dates are already formatted strings, so the
 * output never depends on serialiser settings.
 */
final class Interchange {

    static final String DIRECTORY = "synth-directory";

    private Interchange() {
    }

    /** Every line of a bundle. */
    interface InterchangeRecord {

        String type();

        String sourceSystem();

        String sourceId();

        default Ref ref() {
            return new Ref(sourceSystem(), sourceId());
        }
    }

    record Ref(String sourceSystem, String sourceId) {
    }

    record AgencyRecord(String type, String sourceSystem, String sourceId, String name, String agencyType,
                        String areaCode) implements InterchangeRecord {

        AgencyRecord(String sourceId, String name, String agencyType, String areaCode) {
            this("agency", DIRECTORY, sourceId, name, agencyType, areaCode);
        }
    }

    record Alias(String firstName, String surname) {
    }

    record Ethnicity(String status, String ons2021, String policeSelfDefined, String observed) {
    }

    record Address(String line1, String line2, String town, String postcode, String from, String to) {

        Address withPeriod(String newFrom, String newTo) {
            return new Address(line1, line2, town, postcode, newFrom, newTo);
        }
    }

    record Placement(String placementType, String providerName, String from) {
    }

    record ChildRecord(String type, String sourceSystem, String sourceId, String firstName, String surname,
                       List<Alias> aliases, String dateOfBirth, Boolean dateOfBirthApproximate, String sex,
                       Ethnicity ethnicity, String nationality, String countryOfBirth, String nhsNumber,
                       String areaCode, String school, Placement placement, List<Address> addresses)
            implements InterchangeRecord {
    }

    record PersonRecord(String type, String sourceSystem, String sourceId, String firstName, String surname,
                        List<Alias> aliases, String dateOfBirth, String sex, Ethnicity ethnicity, String nationality,
                        String phone, List<Address> addresses) implements InterchangeRecord {
    }

    record Referrer(String name, Ref agency, String email, String phone) {
    }

    record ReferralRecord(String type, String sourceSystem, String sourceId, String receivedAt, Referrer referrer,
                          List<Ref> children, String concern, boolean cseConcern, List<String> indicators,
                          String urgency, String lawfulBasis) implements InterchangeRecord {
    }

    record DecisionRecord(String type, String sourceSystem, String sourceId, Ref referral, String decidedAt,
                          String outcome, String reasons, String decidedBy) implements InterchangeRecord {
    }

    record MissingEpisodeRecord(String type, String sourceSystem, String sourceId, Ref child,
                                String reportedMissingAt, String lastSeenAt, String lastSeenLocation,
                                String returnedAt, String foundLocation, String foundWith, List<String> vehiclesSeen,
                                Ref reportingAgency) implements InterchangeRecord {
    }

    record Mention(String kind, String value, String detail) {
    }

    record ReturnInterviewRecord(String type, String sourceSystem, String sourceId, Ref episode, String status,
                                 String offeredAt, String completedAt, String declinedReason, String findings,
                                 List<Mention> mentions) implements InterchangeRecord {
    }
}
