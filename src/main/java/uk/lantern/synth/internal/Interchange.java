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

        /** A reference that names this record's type, as intelligence subjects and links refer to things. */
        default SubjectRef subjectRef() {
            return new SubjectRef(type(), sourceSystem(), sourceId());
        }
    }

    record Ref(String sourceSystem, String sourceId) {
    }

    record SubjectRef(String recordType, String sourceSystem, String sourceId) {
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

        String fullName() {
            return firstName + " " + surname;
        }
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

    record VehicleRecord(String type, String sourceSystem, String sourceId, String registration, String make,
                         String model, String colour) implements InterchangeRecord {
    }

    record PhoneRecord(String type, String sourceSystem, String sourceId, String number) implements InterchangeRecord {
    }

    record LocationRecord(String type, String sourceSystem, String sourceId, String address, String postcode,
                          String locationType, String areaCode) implements InterchangeRecord {
    }

    record OrganisationRecord(String type, String sourceSystem, String sourceId, String name,
                              String organisationType, String areaCode) implements InterchangeRecord {
    }

    record Grading(String scheme, String source, String intelligence, String handling, String conditions) {
    }

    record Subject(SubjectRef subject, String role, String detail) {
    }

    record IntelReportRecord(String type, String sourceSystem, String sourceId, Ref agency, String informationDate,
                             List<String> areaCodes, Grading grading, String text, String sanitisedText,
                             List<Subject> subjects) implements InterchangeRecord {
    }

    record LinkRecord(String type, String sourceSystem, String sourceId, Ref report, SubjectRef from, SubjectRef to,
                      String linkType, String firstSeen, String lastSeen, String detail) implements InterchangeRecord {
    }
}
