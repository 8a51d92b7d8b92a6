package uk.lantern.knowntoservices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Known to services at the point of decision: one child known to a health service, the police and another area's
 * school, as three records that analysts joined; a case on the police's record, a missing episode, a report the front
 * door may read only in its sanitised version and a report under handling code C. Each viewer sees only what a single
 * read would show them, the restricted report only as one line, and each picture shown is one logged read.
 */
class KnownToServicesIT extends IntegrationTestBase {

    private static final String ROCHDALE = "E08000005";
    private static final String RESTRICTED_HIT = "Known to police: ask the police MASH officer";

    private String surname;
    /** The health service's record, with the new referral triage is deciding. */
    private String healthRecord;
    private String newReferral;
    /** The police's record of the same child, with a referral decided for assessment and its case. */
    private String policeRecord;
    private String policeReferral;
    private String caseId;
    private String caseReference;
    /** The same child as an Oldham school knows her: outside the Rochdale front door's area. */
    private String oldhamRecord;
    private String oldhamReferral;
    private String episodeId;
    private String sharedReport;
    private String sharedReportId;
    private String restrictedReport;
    private String restrictedReportId;
    private String restrictedText;

    @BeforeEach
    void aChildKnownToThreeAgencies() throws Exception {
        surname = unique("Known");
        policeReferral = refer("investigator", "Kayla", "2011-06-14", ROCHDALE);
        policeRecord = childOf(policeReferral);
        postJson("triage", "/api/v1/referrals/" + policeReferral + "/decision", Map.of("outcome", "ASSESSMENT",
                "reasons", "Seen with older men twice this month."), 200);
        caseId = jdbc.sql("SELECT case_id::text FROM case_child WHERE child_id = ?::uuid").param(policeRecord)
                .query(String.class).single();
        caseReference = jdbc.sql("SELECT reference FROM child_case WHERE id = ?::uuid").param(caseId)
                .query(String.class).single();

        newReferral = refer("referrer", "Kayla", "2011-06-14", null);
        healthRecord = childOf(newReferral);
        oldhamReferral = refer("referrer.oldham", "Kayla", "2011-06-14", null);
        oldhamRecord = childOf(oldhamReferral);
        merge(healthRecord, policeRecord);
        merge(healthRecord, oldhamRecord);

        episodeId = postJson("triage", "/api/v1/children/" + healthRecord + "/missing-episodes", Map.of(
                "reportedMissingAt", clock.instant().minusSeconds(7200).toString(),
                "lastSeenAt", clock.instant().minusSeconds(9000).toString(), "lastSeenLocation", "Ashworth House"),
                201).get("id").asString();
        JsonNode shared = postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-11-30", "areaCodes", List.of(ROCHDALE), "sourceEvaluation", "2",
                "intelligenceAssessment", "B", "handlingCode", "P",
                "text", "Kayla was seen in a grey car with two men on Larkhill Road.",
                "sanitisedText", "Kayla has been seen with older men in a car.",
                "subjects", List.of(Map.of("type", "child", "role", "VICTIM", "existing", "child:" + healthRecord))),
                201);
        sharedReport = shared.get("reference").asString();
        sharedReportId = shared.get("id").asString();
        restrictedText = "Source says " + unique("informant-") + " drives Kayla to a flat above the takeaway.";
        JsonNode restricted = postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-12-01", "areaCodes", List.of(ROCHDALE), "sourceEvaluation", "1",
                "intelligenceAssessment", "A", "handlingCode", "C",
                "handlingConditions", "Not to be shared outside the force: the source is at risk", "text", restrictedText,
                "subjects", List.of(Map.of("type", "child", "role", "VICTIM", "existing", "child:" + policeRecord))),
                201);
        restrictedReport = restricted.get("reference").asString();
        restrictedReportId = restricted.get("id").asString();
    }

    @Test
    void triageSeesTheCaseOnThePoliceRecordAndTheRestrictedReportOnlyAsOneLine() throws Exception {
        JsonNode picture = picture("triage", healthRecord);
        String text = picture.toString();

        assertThat(picture.get("childRecords").asInt()).as("the health and police records").isGreaterThanOrEqualTo(2);
        assertThat(picture.get("withheldRecords").asInt()).as("the Oldham school's record is counted, not shown")
                .isGreaterThanOrEqualTo(1);
        assertThat(links(picture, "RECORDS")).contains("/children/" + healthRecord, "/children/" + policeRecord)
                .doesNotContain("/children/" + oldhamRecord);
        assertThat(whats(picture, "CASES")).as("the case held on the police's record").contains("Case " + caseReference);
        assertThat(links(picture, "CASES")).contains("/cases/" + caseId);
        assertThat(whats(picture, "REFERRALS")).anyMatch(what -> what.contains(reference(policeReferral)))
                .anyMatch(what -> what.contains(reference(newReferral)))
                .noneMatch(what -> what.contains(reference(oldhamReferral)));
        assertThat(statuses(picture, "REFERRALS")).contains("Assessment", "Awaiting decision");
        assertThat(whats(picture, "SCREENING")).hasSize(whats(picture, "REFERRALS").size());
        assertThat(whats(picture, "MISSING")).containsExactly("Missing from Ashworth House");
        assertThat(whats(picture, "AGENCIES")).anyMatch(agency -> agency.contains("Greater Manchester Police"))
                .noneMatch(agency -> agency.equals(actorOf("triage").agencyName()));

        assertThat(whats(picture, "INTELLIGENCE"))
                .containsExactly("Intelligence report " + sharedReport + " (sanitised version)", RESTRICTED_HIT);
        JsonNode hit = items(picture, "INTELLIGENCE").get(1);
        assertThat(hit.get("on").isNull() && hit.get("agency").isNull() && hit.get("link").isNull())
                .as("nothing that identifies the report: no date, agency or link").isTrue();
        assertThat(text).doesNotContain(restrictedReport, restrictedReportId, restrictedText, "2026-12-01",
                "Larkhill Road");

        LedgerEntryView read = lastEntry("LIST", "KNOWN_TO_SERVICES", "LIST_READ");
        assertThat(read.actor()).isEqualTo("triage");
        assertThat(read.payload()).as("one entry naming every record shown")
                .contains("CHILD/" + healthRecord, "CHILD/" + policeRecord, "CASE/" + caseId,
                        "REFERRAL/" + policeReferral, "REFERRAL/" + newReferral, "MISSING_EPISODE/" + episodeId,
                        "INTEL_REPORT/" + sharedReportId)
                .doesNotContain(oldhamRecord, oldhamReferral, restrictedReportId);
    }

    @Test
    void theRecordingForceReadsTheRestrictedReportAndNoLineStandsInForIt() throws Exception {
        JsonNode picture = picture("investigator", healthRecord);
        assertThat(whats(picture, "INTELLIGENCE")).contains("Intelligence report " + sharedReport,
                "Intelligence report " + restrictedReport).doesNotContain(RESTRICTED_HIT);
        assertThat(picture.toString()).as("a title and a date, never the text").doesNotContain(restrictedText);
    }

    @Test
    void anotherForceAnotherAreaAndTheReferrerSeeNothingTheyMayNotRead() throws Exception {
        int readsBefore = knownReads();
        for (String outsider : List.of("investigator.rotherham", "triage.oldham", "referrer", "auditor")) {
            mvc.perform(get("/api/v1/children/" + healthRecord + "/known-to-services")
                            .header("Authorization", bearer(tokenFor(outsider))))
                    .andExpect(status().isForbidden());
        }
        assertThat(knownReads()).as("a refused picture is not a read").isEqualTo(readsBefore);

        JsonNode oldham = picture("triage.oldham", oldhamRecord);
        assertThat(links(oldham, "RECORDS")).containsExactly("/children/" + oldhamRecord);
        assertThat(oldham.get("withheldRecords").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(whats(oldham, "CASES")).as("the Rochdale case is not Oldham's to read").isEmpty();
        assertThat(whats(oldham, "REFERRALS")).isNotEmpty().allMatch(what -> what.contains(reference(oldhamReferral)));
        assertThat(whats(oldham, "MISSING")).isEmpty();
        assertThat(whats(oldham, "INTELLIGENCE")).containsExactly(RESTRICTED_HIT);
        assertThat(oldham.toString()).doesNotContain(caseReference, sharedReport, restrictedReport, policeRecord,
                healthRecord);

        String referrerPage = mvc.perform(get("/referrals/" + newReferral).session(signIn("referrer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(referrerPage).doesNotContain("Known to services", caseReference, RESTRICTED_HIT);
    }

    @Test
    void theReferralPageShowsThePictureBeforeTheDecision() throws Exception {
        String page = mvc.perform(get("/referrals/" + newReferral).session(signIn("triage")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Known to services: Kayla " + surname, caseReference, RESTRICTED_HIT,
                "Missing from Ashworth House").doesNotContain(restrictedText, restrictedReport);
        assertThat(page.indexOf("Known to services")).as("before the decision buttons")
                .isLessThan(page.indexOf("What is your decision?"));
    }

    @Test
    void aPractitionerAsksTheAnalystsToJoinAPossibleDuplicate() throws Exception {
        String kylie = childOf(refer("referrer", "Kylie", "2012-02-01", null));
        JsonNode bad = postJson("triage", "/api/v1/children/" + healthRecord + "/known-to-services/join-requests",
                Map.of("otherRecord", kylie), 400);
        assertThat(bad.toString()).contains("reason");
        assertThat(postJson("triage", "/api/v1/children/" + healthRecord + "/known-to-services/join-requests",
                Map.of("otherRecord", policeRecord, "reason", "Same girl"), 400).toString())
                .as("records already one child").contains("otherRecord");
        postJson("referrer", "/api/v1/children/" + healthRecord + "/known-to-services/join-requests",
                Map.of("otherRecord", kylie, "reason", "Same girl"), 403);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/children/" + healthRecord + "/known-to-services/join-requests")
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("otherRecord", kylie,
                                "reason", "Same school and address; Kylie is the name she gives"))))
                .andExpect(status().isAccepted());

        JsonNode pair = JSON.readTree(jdbc.sql("""
                        SELECT json_build_object('id', id, 'status', status, 'requestedBy', requested_by,
                                                 'reason', request_reason)::text
                        FROM match_pair WHERE kind = 'CHILD' AND ?::uuid IN (first_record, second_record)
                          AND ?::uuid IN (first_record, second_record)""")
                .params(healthRecord, kylie).query(String.class).single());
        assertThat(pair.get("status").asString()).isEqualTo("REVIEW");
        assertThat(pair.get("requestedBy").asString()).isEqualTo("triage");
        assertThat(lastEntry("MATCH_PAIR", pair.get("id").asString(), "MATCH_REVIEW_REQUESTED").payload())
                .contains("Kylie is the name she gives", healthRecord, kylie);

        JsonNode duplicates = items(picture("triage", healthRecord), "POSSIBLE_DUPLICATES");
        JsonNode asked = StreamSupport.stream(duplicates.spliterator(), false)
                .filter(item -> ("/children/" + kylie).equals(item.get("link").asString())).findFirst().orElseThrow();
        assertThat(asked.get("status").asString()).startsWith("Analysts asked to decide");
        assertThat(asked.get("joinCandidate").isNull()).as("asked once, not offered again").isTrue();
        assertThat(mvc.perform(get("/api/v1/resolution/review-queue?kind=CHILD&pageSize=500")
                        .header("Authorization", bearer(tokenFor("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the pair waits in the analysts' queue").contains(pair.get("id").asString());
    }

    private JsonNode picture(String username, String child) throws Exception {
        return json(mvc.perform(get("/api/v1/children/" + child + "/known-to-services")
                        .header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode items(JsonNode picture, String kind) {
        for (JsonNode section : picture.get("sections")) {
            if (section.get("kind").asString().equals(kind)) {
                return section.get("items");
            }
        }
        throw new AssertionError("No section " + kind);
    }

    private static List<String> field(JsonNode picture, String kind, String name) {
        List<String> values = new ArrayList<>();
        items(picture, kind).forEach(item -> values.add(item.get(name).isNull() ? null : item.get(name).asString()));
        return values;
    }

    private static List<String> whats(JsonNode picture, String kind) {
        return field(picture, kind, "what");
    }

    private static List<String> links(JsonNode picture, String kind) {
        return field(picture, kind, "link");
    }

    private static List<String> statuses(JsonNode picture, String kind) {
        return field(picture, kind, "status");
    }

    private int knownReads() {
        return jdbc.sql("SELECT count(*) FROM ledger_entry WHERE subject_type = 'LIST' "
                + "AND subject_id = 'KNOWN_TO_SERVICES'").query(Integer.class).single();
    }

    private String reference(String referralId) {
        return jdbc.sql("SELECT reference FROM referral WHERE id = ?::uuid").param(referralId).query(String.class)
                .single();
    }

    private String childOf(String referralId) {
        return jdbc.sql("SELECT child_id::text FROM referral_child WHERE referral_id = ?::uuid").param(referralId)
                .query(String.class).single();
    }

    /** The user refers the child, in the area given or, when null, the referrer's own. */
    private String refer(String username, String firstName, String dateOfBirth, String areaCode) throws Exception {
        Map<String, Object> child = new java.util.HashMap<>(Map.of("firstName", firstName, "surname", surname,
                "dateOfBirth", dateOfBirth));
        if (areaCode != null) {
            child.put("areaCode", areaCode);
        }
        return postJson(username, "/api/v1/referrals", Map.of("children", List.of(child),
                "concern", "She has been seen getting into cars with older men after school.", "cseConcern", true,
                "urgency", "URGENT"), 201).get("id").asString();
    }

    private void merge(String record, String otherRecord) throws Exception {
        postJson("analyst", "/api/v1/resolution/identities/merge?kind=CHILD", Map.of("record", record,
                "otherRecord", otherRecord, "reason", "Same name and date of birth in each agency's system"), 200);
    }
}
