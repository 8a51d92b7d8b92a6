package uk.lantern.knowntoservices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.support.KnownChild;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Known to services at the point of decision: one child known to a health service, the police and another area's
 * school, as three records that analysts joined; a case on the police's record, a missing episode, a report the front
 * door may read only in its sanitised version and a report under handling code C. Each viewer sees only what a single
 * read would show them, the restricted report only as one line, and each picture shown is one logged read.
 */
class KnownToServicesIT extends IntegrationTestBase {

    private static final String RESTRICTED_HIT = "Known to police: ask the police MASH officer";

    private KnownChild known;

    @BeforeEach
    void aChildKnownToThreeAgencies() throws Exception {
        known = new KnownChild(this);
    }

    @Test
    void triageSeesTheCaseOnThePoliceRecordAndTheRestrictedReportOnlyAsOneLine() throws Exception {
        JsonNode picture = picture("triage", known.healthRecord);
        String text = picture.toString();

        assertThat(picture.get("childRecords").asInt()).as("the health and police records").isGreaterThanOrEqualTo(2);
        assertThat(picture.get("withheldRecords").asInt()).as("the Oldham school's record is counted, not shown")
                .isGreaterThanOrEqualTo(1);
        assertThat(links(picture, "RECORDS"))
                .contains("/children/" + known.healthRecord, "/children/" + known.policeRecord)
                .doesNotContain("/children/" + known.oldhamRecord);
        assertThat(whats(picture, "CASES")).as("the case held on the police's record")
                .contains("Case " + known.caseReference);
        assertThat(links(picture, "CASES")).contains("/cases/" + known.caseId);
        assertThat(whats(picture, "REFERRALS"))
                .anyMatch(what -> what.contains(known.reference(known.policeReferral)))
                .anyMatch(what -> what.contains(known.reference(known.newReferral)))
                .noneMatch(what -> what.contains(known.reference(known.oldhamReferral)));
        assertThat(statuses(picture, "REFERRALS")).contains("Assessment", "Awaiting decision");
        assertThat(whats(picture, "SCREENING")).hasSize(whats(picture, "REFERRALS").size());
        assertThat(whats(picture, "MISSING")).containsExactly("Missing from Ashworth House");
        assertThat(whats(picture, "AGENCIES")).anyMatch(agency -> agency.contains("Greater Manchester Police"))
                .noneMatch(agency -> agency.equals(actorOf("triage").agencyName()));

        assertThat(whats(picture, "INTELLIGENCE"))
                .containsExactly("Intelligence report " + known.sharedReport + " (sanitised version)");
        assertThat(notice(picture, "INTELLIGENCE")).as("the restricted report is one line, with nothing of it")
                .isEqualTo(RESTRICTED_HIT);
        assertThat(text).doesNotContain(known.restrictedReport, known.restrictedReportId, known.restrictedText,
                "2026-12-01", "Larkhill Road");

        LedgerEntryView read = lastEntry("LIST", "KNOWN_TO_SERVICES", "LIST_READ");
        assertThat(read.actor()).isEqualTo("triage");
        assertThat(read.payload()).as("one entry naming every record shown")
                .contains("CHILD/" + known.healthRecord, "CHILD/" + known.policeRecord, "CASE/" + known.caseId,
                        "REFERRAL/" + known.policeReferral, "REFERRAL/" + known.newReferral,
                        "MISSING_EPISODE/" + known.episodeId, "INTEL_REPORT/" + known.sharedReportId)
                .doesNotContain(known.oldhamRecord, known.oldhamReferral, known.restrictedReportId);
    }

    @Test
    void theRecordingForceReadsTheRestrictedReportAndNoLineStandsInForIt() throws Exception {
        JsonNode picture = picture("investigator", known.healthRecord);
        assertThat(whats(picture, "INTELLIGENCE")).contains("Intelligence report " + known.sharedReport,
                "Intelligence report " + known.restrictedReport);
        assertThat(notice(picture, "INTELLIGENCE")).isNull();
        assertThat(picture.toString()).as("a title and a date, never the text").doesNotContain(known.restrictedText);
    }

    @Test
    void anotherForceAnotherAreaAndTheReferrerSeeNothingTheyMayNotRead() throws Exception {
        int readsBefore = knownReads();
        for (String outsider : List.of("investigator.rotherham", "triage.oldham", "referrer", "auditor")) {
            mvc.perform(get("/api/v1/children/" + known.healthRecord + "/known-to-services")
                            .header("Authorization", bearer(tokenFor(outsider))))
                    .andExpect(status().isForbidden());
        }
        assertThat(knownReads()).as("a refused picture is not a read").isEqualTo(readsBefore);

        JsonNode oldham = picture("triage.oldham", known.oldhamRecord);
        assertThat(links(oldham, "RECORDS")).containsExactly("/children/" + known.oldhamRecord);
        assertThat(oldham.get("withheldRecords").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(whats(oldham, "CASES")).as("the Rochdale case is not Oldham's to read").isEmpty();
        assertThat(whats(oldham, "REFERRALS")).isNotEmpty()
                .allMatch(what -> what.contains(known.reference(known.oldhamReferral)));
        assertThat(whats(oldham, "MISSING")).isEmpty();
        assertThat(whats(oldham, "INTELLIGENCE")).isEmpty();
        assertThat(notice(oldham, "INTELLIGENCE")).isEqualTo(RESTRICTED_HIT);
        assertThat(oldham.toString()).doesNotContain(known.caseReference, known.sharedReport,
                known.restrictedReport, known.policeRecord, known.healthRecord);

        String referrerPage = mvc.perform(get("/referrals/" + known.newReferral).session(signIn("referrer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(referrerPage).doesNotContain("Known to services", known.caseReference, RESTRICTED_HIT);
    }

    @Test
    void theReferralPageShowsThePictureBeforeTheDecision() throws Exception {
        MockHttpSession triage = signIn("triage");
        int readsBefore = knownReads();
        String page = mvc.perform(get("/referrals/" + known.newReferral).session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(knownReads()).as("the picture on the page is one logged read").isEqualTo(readsBefore + 1);
        assertThat(page).contains("Known to services: Kayla " + known.surname, known.caseReference, RESTRICTED_HIT,
                "Missing from Ashworth House").doesNotContain(known.restrictedText, known.restrictedReport);
        assertThat(page.indexOf("Known to services")).as("before the decision buttons")
                .isLessThan(page.indexOf("What is your decision?"));

        String childPage = mvc.perform(get("/children/" + known.healthRecord).session(triage))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(childPage).contains("Known to services", known.caseReference, RESTRICTED_HIT)
                .doesNotContain(known.restrictedText);
        assertThat(knownReads()).isEqualTo(readsBefore + 2);
    }

    @Test
    void aPractitionerAsksTheAnalystsToJoinAPossibleDuplicate() throws Exception {
        String kylie = known.childOf(known.referAnother("referrer", "Kylie", "2012-02-01"));
        String joinRequests = "/api/v1/children/" + known.healthRecord + "/known-to-services/join-requests";
        JsonNode bad = postJson("triage", joinRequests, Map.of("otherRecord", kylie), 400);
        assertThat(bad.toString()).contains("reason");
        assertThat(postJson("triage", joinRequests, Map.of("otherRecord", known.policeRecord, "reason", "Same girl"),
                400).toString())
                .as("records already one child").contains("otherRecord");
        postJson("referrer", joinRequests, Map.of("otherRecord", kylie, "reason", "Same girl"), 403);

        mvc.perform(post(joinRequests)
                        .header("Authorization", bearer(tokenFor("triage"))).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(Map.of("otherRecord", kylie,
                                "reason", "Same school and address; Kylie is the name she gives"))))
                .andExpect(status().isAccepted());

        JsonNode pair = JSON.readTree(jdbc.sql("""
                        SELECT json_build_object('id', id, 'status', status, 'requestedBy', requested_by,
                                                 'reason', request_reason)::text
                        FROM match_pair WHERE kind = 'CHILD' AND ?::uuid IN (first_record, second_record)
                          AND ?::uuid IN (first_record, second_record)""")
                .params(known.healthRecord, kylie).query(String.class).single());
        assertThat(pair.get("status").asString()).isEqualTo("REVIEW");
        assertThat(pair.get("requestedBy").asString()).isEqualTo("triage");
        assertThat(lastEntry("MATCH_PAIR", pair.get("id").asString(), "MATCH_REVIEW_REQUESTED").payload())
                .contains("Kylie is the name she gives", known.healthRecord, kylie);

        String another = known.childOf(known.referAnother("referrer", "Kaylee", "2011-07-14"));
        String button = "/children/" + known.healthRecord + "/known-to-services/join-requests";
        String anchor = "#known-to-services-" + known.healthRecord;
        mvc.perform(post(button).session(signIn("triage")).with(csrf()).param("otherRecord", another)
                        .param("reason", "Same mother's name on both")
                        .param("returnTo", "/referrals/" + known.newReferral))
                .andExpect(redirectedUrl("/referrals/" + known.newReferral + anchor))
                .andExpect(flash().attribute("notice", containsString("analysts are asked")));
        mvc.perform(post(button).session(signIn("triage")).with(csrf()).param("otherRecord", another)
                        .param("returnTo", "https://elsewhere.example/"))
                .andExpect(redirectedUrl("/children/" + known.healthRecord + anchor))
                .andExpect(flash().attribute("knownProblem", containsString("reason")));

        JsonNode duplicates = items(picture("triage", known.healthRecord), "POSSIBLE_DUPLICATES");
        JsonNode asked = StreamSupport.stream(duplicates.spliterator(), false)
                .filter(item -> ("/children/" + kylie).equals(item.get("link").asString())).findFirst().orElseThrow();
        assertThat(asked.get("status").asString()).startsWith("Analysts asked to decide");
        assertThat(asked.get("joinCandidate").isNull()).as("asked once, not offered again").isTrue();
        assertThat(field(picture("triage", known.healthRecord), "POSSIBLE_DUPLICATES", "link"))
                .as("the record asked for from the page").contains("/children/" + another);
        JsonNode waiting = json(mvc.perform(get("/api/v1/resolution/matches/" + pair.get("id").asString())
                        .header("Authorization", bearer(tokenFor("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(waiting.get("status").asString()).as("the pair waits for an analyst's decision").isEqualTo("REVIEW");
        assertThat(waiting.get("priority").asString()).isEqualTo("ASKED_BY_PRACTITIONER");
        assertThat(waiting.get("priorityDetail").asString()).contains("triage", "Kylie is the name she gives");

        applicationContext.getBean(Identities.class).runBatch(LedgerActor.system("test"), RecordKind.CHILD);
        assertThat(jdbc.sql("SELECT status || ' ' || requested_by FROM match_pair WHERE id = ?::uuid")
                .param(pair.get("id").asString()).query(String.class).single())
                .as("a batch run keeps an asked-for pair, whatever the model thinks of it").isEqualTo("REVIEW triage");
    }

    private JsonNode picture(String username, String child) throws Exception {
        return json(mvc.perform(get("/api/v1/children/" + child + "/known-to-services")
                        .header("Authorization", bearer(tokenFor(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode section(JsonNode picture, String kind) {
        for (JsonNode section : picture.get("sections")) {
            if (section.get("kind").asString().equals(kind)) {
                return section;
            }
        }
        throw new AssertionError("No section " + kind);
    }

    private static JsonNode items(JsonNode picture, String kind) {
        return section(picture, kind).get("items");
    }

    private static String notice(JsonNode picture, String kind) {
        JsonNode notice = section(picture, kind).get("notice");
        return notice.isNull() ? null : notice.asString();
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
}
