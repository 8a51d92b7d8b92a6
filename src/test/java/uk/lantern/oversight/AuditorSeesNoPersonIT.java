package uk.lantern.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.SmallNetwork;
import uk.lantern.support.WorkedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Auditors see aggregates and the ledger, never a named person: every endpoint and page that returns a child, a
 * suspect or their records refuses the auditor with 403, for records that exist and that a practitioner can read.
 */
class AuditorSeesNoPersonIT extends IntegrationTestBase {

    @Test
    void everyEndpointThatNamesAPersonRefusesTheAuditor() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Maisie"), "Auditcheck");
        String episode = worked.recordMissingEpisode().value().toString();
        SmallNetwork network = new SmallNetwork(this);
        String dossier = network.dossierSeenBy("analyst", network.suspectOne).get("id").asString();
        String report = jdbc.sql("SELECT id::text FROM intel_report WHERE reference = ?")
                .param(network.sharedReference).query(String.class).single();
        String child = worked.childId.value().toString();
        String caseId = worked.caseId.value().toString();

        // The practitioner who works the case sees the child's name through the API, so a refusal is a refusal.
        String asWorker = mvc.perform(get("/api/v1/children/" + child)
                        .header("Authorization", bearer(tokenFor("socialworker"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(asWorker).contains(worked.firstName);

        List<String> api = List.of(
                "/api/v1/referrals/" + worked.referralId.value(),
                "/api/v1/children/" + child,
                "/api/v1/children/" + child + "/missing-episodes",
                "/api/v1/missing-episodes/" + episode,
                "/api/v1/cases/" + caseId,
                "/api/v1/cases/" + caseId + "/chronology",
                "/api/v1/cases/" + caseId + "/chronology.html",
                "/api/v1/cases/" + caseId + "/chronology.pdf",
                "/api/v1/triage/queue",
                "/api/v1/referrals/awaiting-sign-off",
                "/api/v1/intelligence",
                "/api/v1/intelligence/" + report,
                "/api/v1/networks",
                "/api/v1/networks/" + dossier,
                "/api/v1/networks/" + dossier + "/export?format=graphml",
                "/api/v1/subjects/" + network.suspectOne + "/neighbourhood",
                "/api/v1/paths?from=" + network.suspectOne + "&to=" + network.childOne,
                "/api/v1/resolution/review-queue?kind=PERSON",
                "/api/v1/resolution/identities/" + network.suspectOne.substring("person:".length()) + "?kind=PERSON",
                "/api/v1/resolution/records?kind=PERSON&name=Netsuspect",
                "/api/v1/historic-reviews");
        String token = tokenFor("auditor");
        for (String path : api) {
            int status = mvc.perform(get(path).header("Authorization", bearer(token))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as("auditor on %s", path).isEqualTo(403);
        }

        List<String> pages = List.of(
                "/referrals/" + worked.referralId.value(),
                "/children/" + child,
                "/cases/" + caseId,
                "/cases/" + caseId + "/chronology",
                "/children/" + child + "/missing-episodes",
                "/missing-episodes/" + episode,
                "/triage",
                "/intelligence",
                "/intelligence/" + report,
                "/networks",
                "/networks/" + dossier,
                "/resolution/review",
                "/resolution/identities/" + network.suspectOne.substring("person:".length()) + "?kind=PERSON",
                "/historic-reviews");
        MockHttpSession auditor = signIn("auditor");
        for (String path : pages) {
            int status = mvc.perform(get(path).session(auditor)).andReturn().getResponse().getStatus();
            assertThat(status).as("auditor on %s", path).isEqualTo(403);
        }
    }
}
