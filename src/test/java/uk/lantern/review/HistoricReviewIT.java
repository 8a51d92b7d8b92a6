package uk.lantern.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.ClosedReferralNearANetwork;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.ReviewQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HistoricReviewIT extends IntegrationTestBase {

    @Autowired
    HistoricReviews reviews;

    private ClosedReferralNearANetwork closedReferral(String firstName, String registration) throws Exception {
        return new ClosedReferralNearANetwork(this, reviews, firstName, registration);
    }

    private JsonNode queued(String referralId) throws Exception {
        return ReviewQueue.queuedReviewOf(this, referralId);
    }

    @Test
    void aLaterReportNamingASuspectInAKnownNetworkSendsTheClosedReferralForReviewWithTheReason() throws Exception {
        ClosedReferralNearANetwork known = closedReferral("Nia", "RV19 NWK");
        known.checkEveryNewLink();
        assertThat(queued(known.referralId)).as("nothing new yet since the closure").isNull();

        String reference = known.laterReportNamingTheSuspect();

        JsonNode review = queued(known.referralId);
        assertThat(review).as("queued after the new report").isNotNull();
        assertThat(review.get("status").asString()).isEqualTo("QUEUED");
        JsonNode reason = review.get("reasons").get(0);
        assertThat(reason.get("sourceLabel").asString()).isEqualTo(reference);
        assertThat(reason.get("childId").asString()).isEqualTo(known.childId);
        assertThat(reason.get("links").valueStream().map(JsonNode::asString).toList())
                .hasSize(2)
                .anySatisfy(link -> assertThat(link).contains("Rizwan Reviewsuspect", "RV19NWK", "graded 2B P"))
                .anySatisfy(link -> assertThat(link).contains("RV19NWK", "Nia Testchild", "Return home interview"));
        var entry = lastEntry("REFERRAL", known.referralId, "HISTORIC_REVIEW_QUEUED");
        assertThat(entry.payload()).contains(reference, known.childId);

        String reviewId = review.get("id").asString();
        known.post("manager", "/api/v1/historic-reviews/" + reviewId + "/reopen", Map.of("reason", ""), 400);
        JsonNode reopened = known.post("manager", "/api/v1/historic-reviews/" + reviewId + "/reopen",
                Map.of("reason", "The suspect is linked to a network; the front door must decide again."), 200);
        assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
        assertThat(lastEntry("REFERRAL", known.referralId, "HISTORIC_REVIEW_REOPENED").actor()).isEqualTo("manager");
        assertThat(lastEntry("REFERRAL", known.referralId, "REFERRAL_REOPENED").payload())
                .contains("linked to a network");
        mvc.perform(get("/api/v1/triage/queue").header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(jsonPath("$[?(@.id == '" + known.referralId + "')]").exists());
        known.post("manager", "/api/v1/historic-reviews/" + reviewId + "/confirmation",
                Map.of("reason", "Second thoughts"), 400);
    }

    @Test
    void aManagerMayConfirmTheClosureWithAReason() throws Exception {
        ClosedReferralNearANetwork known = closedReferral("Ola", "RV19 OLA");
        known.laterReportNamingTheSuspect();
        String reviewId = queued(known.referralId).get("id").asString();

        JsonNode confirmed = known.post("manager", "/api/v1/historic-reviews/" + reviewId + "/confirmation",
                Map.of("reason", "The new report is about an adult the child has not seen since 2024."), 200);
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("decisionReason").asString()).contains("since 2024");
        assertThat(lastEntry("REFERRAL", known.referralId, "HISTORIC_REVIEW_CONFIRMED").payload())
                .contains(reviewId);
        assertThat(queued(known.referralId)).isNull();
    }

    @Test
    void onlyManagersOfTheOwningAreaSeeTheReview() throws Exception {
        ClosedReferralNearANetwork known = closedReferral("Pia", "RV19 PIA");
        known.laterReportNamingTheSuspect();
        String reviewId = queued(known.referralId).get("id").asString();

        for (String username : List.of("triage", "socialworker", "investigator", "analyst", "auditor", "admin")) {
            mvc.perform(get("/api/v1/historic-reviews/" + reviewId).header("Authorization", bearer(tokenFor(username))))
                    .andExpect(status().isForbidden());
        }
        String otherArea = newUser("Oldham Children's Social Care (demo)", "MANAGER").username();
        mvc.perform(get("/api/v1/historic-reviews/" + reviewId)
                        .header("Authorization", bearer(tokenFor(otherArea, STRONG_PASSWORD))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/historic-reviews/" + reviewId).header("Authorization", bearer(tokenFor("manager"))))
                .andExpect(status().isOk());
        assertThat(lastEntry("HISTORIC_REVIEW", reviewId, "RECORD_READ").actor()).isEqualTo("manager");
    }

    @Test
    void aManagerDecidesOnThePagesAndAMissingChoiceIsNamed() throws Exception {
        ClosedReferralNearANetwork known = closedReferral("Rae", "RV19 RAE");
        String reference = known.laterReportNamingTheSuspect();
        String reviewId = queued(known.referralId).get("id").asString();
        var manager = signIn("manager");

        assertThat(mvc.perform(get("/historic-reviews").session(manager)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).as("the queue names the report in brief, and the child")
                .contains("Intelligence report " + reference).contains("Rae Testchild");
        assertThat(mvc.perform(get("/historic-reviews/" + reviewId).session(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Rae Testchild", "RV19RAE");
        String page = mvc.perform(post("/historic-reviews/" + reviewId + "/decision").session(manager)
                        .with(csrf()).param("reason", "Reviewed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#decision\"");
        mvc.perform(post("/historic-reviews/" + reviewId + "/decision").session(manager).with(csrf())
                        .param("decision", "CONFIRM").param("reason", "Reviewed with the police: no new risk."))
                .andExpect(status().is3xxRedirection());
        assertThat(lastEntry("REFERRAL", known.referralId, "HISTORIC_REVIEW_CONFIRMED").actor()).isEqualTo("manager");
    }

    @Test
    void anIdentityMatchThatJoinsANewRecordToAKnownSuspectSendsTheReferralForReview() throws Exception {
        ClosedReferralNearANetwork known = closedReferral("Tia", "RV19 TIA");
        // The other force shares its report with Rochdale, so Greater Manchester's analyst may see the man's record
        // and match it: an analyst may change an identity only with both records in sight.
        JsonNode otherForce = known.post("investigator.rotherham", "/api/v1/intelligence", Map.of(
                "informationDate", "2026-11-01", "areaCodes", List.of("E08000018", "E08000005"),
                "sourceEvaluation", "2", "intelligenceAssessment", "C", "handlingCode", "P",
                "text", "A man calling himself Riz is collecting girls in Rotherham and Rochdale.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "person",
                        Map.of("firstName", "Riz", "surname", "Reviewsuspect")))), 201);
        known.checkEveryNewLink();
        assertThat(queued(known.referralId)).as("a new record alone reaches nobody").isNull();

        String newRecord = otherForce.get("subjects").get(0).get("ref").asString().substring("person:".length());
        known.post("analyst", "/api/v1/resolution/identities/merge?kind=PERSON", Map.of(
                "record", known.suspect.substring("person:".length()), "otherRecord", newRecord,
                "reason", "Riz is Rizwan: same surname, same phone in both forces' systems"), 200);
        known.checkEveryNewLink();

        JsonNode review = queued(known.referralId);
        assertThat(review).as("queued after the match").isNotNull();
        JsonNode reason = review.get("reasons").valueStream()
                .filter(each -> each.get("source").asString().startsWith("identity:")).findFirst().orElseThrow();
        assertThat(reason.get("sourceLabel").asString()).contains("one person", "Riz is Rizwan");
        assertThat(reason.get("links").valueStream().map(JsonNode::asString).toList())
                .as("the chain runs from the matched suspect to the child")
                .anySatisfy(link -> assertThat(link).contains("Rizwan Reviewsuspect", "RV19TIA"));
    }
}
