package uk.lantern.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One child known to three agencies, as three records that analysts joined: the police's record, referred by the
 * force and decided for assessment, with its case; a health service's record, with a new referral awaiting the
 * Rochdale front door; and an Oldham school's record, outside that front door's area. The child has a missing episode,
 * a report the front door may read only in its sanitised version, and a report under handling code C.
 */
public final class KnownChild {

    public static final String ROCHDALE = "E08000005";

    private final IntegrationTestBase test;
    public final String firstName = "Kayla";
    public final String surname;
    public final String policeReferral;
    public final String policeRecord;
    public final String caseId;
    public final String caseReference;
    public final String newReferral;
    public final String healthRecord;
    public final String oldhamReferral;
    public final String oldhamRecord;
    public final String episodeId;
    public final String sharedReport;
    public final String sharedReportId;
    public final String restrictedReport;
    public final String restrictedReportId;
    public final String restrictedText;

    public KnownChild(IntegrationTestBase test) throws Exception {
        this.test = test;
        surname = IntegrationTestBase.unique("Known");
        policeReferral = refer("investigator", firstName, "2011-06-14", ROCHDALE);
        policeRecord = childOf(policeReferral);
        test.postJson("triage", "/api/v1/referrals/" + policeReferral + "/decision", Map.of("outcome", "ASSESSMENT",
                "reasons", "Seen with older men twice this month."), 200);
        caseId = test.jdbc.sql("SELECT case_id::text FROM case_child WHERE child_id = ?::uuid").param(policeRecord)
                .query(String.class).single();
        caseReference = test.jdbc.sql("SELECT reference FROM child_case WHERE id = ?::uuid").param(caseId)
                .query(String.class).single();

        newReferral = refer("referrer", firstName, "2011-06-14", null);
        healthRecord = childOf(newReferral);
        oldhamReferral = refer("referrer.oldham", firstName, "2011-06-14", null);
        oldhamRecord = childOf(oldhamReferral);
        merge(healthRecord, policeRecord);
        merge(healthRecord, oldhamRecord);

        episodeId = test.postJson("triage", "/api/v1/children/" + healthRecord + "/missing-episodes", Map.of(
                "reportedMissingAt", test.clock.instant().minusSeconds(7200).toString(),
                "lastSeenAt", test.clock.instant().minusSeconds(9000).toString(), "lastSeenLocation",
                "Ashworth House"), 201).get("id").asString();
        JsonNode shared = test.postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-11-30", "areaCodes", List.of(ROCHDALE), "sourceEvaluation", "2",
                "intelligenceAssessment", "B", "handlingCode", "P",
                "text", "Kayla was seen in a grey car with two men on Larkhill Road.",
                "sanitisedText", "Kayla has been seen with older men in a car.",
                "subjects", List.of(Map.of("type", "child", "role", "VICTIM", "existing", "child:" + healthRecord))),
                201);
        sharedReport = shared.get("reference").asString();
        sharedReportId = shared.get("id").asString();
        restrictedText = "Source says " + IntegrationTestBase.unique("informant-")
                + " drives Kayla to a flat above the takeaway.";
        JsonNode restricted = test.postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-12-01", "areaCodes", List.of(ROCHDALE), "sourceEvaluation", "1",
                "intelligenceAssessment", "A", "handlingCode", "C",
                "handlingConditions", "Not to be shared outside the force: the source is at risk",
                "text", restrictedText,
                "subjects", List.of(Map.of("type", "child", "role", "VICTIM", "existing", "child:" + policeRecord))),
                201);
        restrictedReport = restricted.get("reference").asString();
        restrictedReportId = restricted.get("id").asString();
    }

    /** The user refers the child by another first name and date of birth, in the user's own area. */
    public String referAnother(String username, String otherFirstName, String dateOfBirth) throws Exception {
        return refer(username, otherFirstName, dateOfBirth, null);
    }

    public String childOf(String referralId) {
        return test.jdbc.sql("SELECT child_id::text FROM referral_child WHERE referral_id = ?::uuid")
                .param(referralId).query(String.class).single();
    }

    public String reference(String referralId) {
        return test.jdbc.sql("SELECT reference FROM referral WHERE id = ?::uuid").param(referralId)
                .query(String.class).single();
    }

    /** The user refers the child, in the area given or, when null, the referrer's own. */
    private String refer(String username, String first, String dateOfBirth, String areaCode) throws Exception {
        Map<String, Object> child = new HashMap<>(Map.of("firstName", first, "surname", surname,
                "dateOfBirth", dateOfBirth));
        if (areaCode != null) {
            child.put("areaCode", areaCode);
        }
        return test.postJson(username, "/api/v1/referrals", Map.of("children", List.of(child),
                "concern", "She has been seen getting into cars with older men after school.", "cseConcern", true,
                "urgency", "URGENT"), 201).get("id").asString();
    }

    private void merge(String record, String otherRecord) throws Exception {
        test.postJson("analyst", "/api/v1/resolution/identities/merge?kind=CHILD", Map.of("record", record,
                "otherRecord", otherRecord, "reason", "Same name and date of birth in each agency's system"), 200);
    }
}
