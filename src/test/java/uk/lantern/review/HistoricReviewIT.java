package uk.lantern.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HistoricReviewIT extends IntegrationTestBase {

    @Autowired
    HistoricReviews reviews;

    /** A network known before the closure: a suspect and a car in one report, the car in the child's account. */
    private record KnownNetwork(String referralId, String childId, String suspect, String registration) {
    }

    private KnownNetwork childClosedWithNoFurtherActionNearANetwork(String firstName, String registration)
            throws Exception {
        JsonNode receipt = submitReferral(tokenFor("referrer"), firstName, true, "URGENT");
        String referralId = receipt.get("id").asString();
        String childId = json(mvc.perform(get("/api/v1/referrals/" + referralId)
                        .header("Authorization", bearer(tokenFor("triage"))))
                .andReturn().getResponse().getContentAsString()).get("children").get(0).get("id").asString();

        JsonNode report = postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "areaCodes", List.of("E08000005"), "sourceEvaluation", "2", "intelligenceAssessment", "B",
                "handlingCode", "P", "text", "A man drives girls from the town centre in a grey car.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "person",
                                Map.of("firstName", "Rizwan", "surname", "Reviewsuspect")),
                        Map.of("type", "vehicle", "vehicle", Map.of("registration", registration)))), 201);
        String suspect = report.get("subjects").valueStream()
                .filter(subject -> subject.get("type").asString().equals("PERSON")).findFirst().orElseThrow()
                .get("ref").asString();

        Instant returned = clock.instant().minus(Duration.ofHours(2));
        String episode = postJson("triage", "/api/v1/children/" + childId + "/missing-episodes", Map.of(
                "reportedMissingAt", returned.minus(Duration.ofHours(8)).toString(),
                "returnedAt", returned.toString()), 201).get("id").asString();
        postJson("triage", "/api/v1/missing-episodes/" + episode + "/return-interview/completion", Map.of(
                "findings", firstName + " said she was driven around in a grey car.",
                "mentions", List.of(Map.of("kind", "VEHICLE", "value", registration))), 200);
        drainChecks();

        clock.advance(Duration.ofMinutes(10));
        postJson("triage", "/api/v1/referrals/" + referralId + "/decision", Map.of("outcome", "NO_FURTHER_ACTION",
                "reasons", "Concerns not substantiated at this time."), 200);
        postJson("manager", "/api/v1/referrals/" + referralId + "/sign-off",
                Map.of("approve", true, "note", "Agreed on what we know now."), 200);
        clock.advance(Duration.ofMinutes(10));
        return new KnownNetwork(referralId, childId, suspect, registration);
    }

    private JsonNode postJson(String username, String path, Map<String, ?> body, int expected) throws Exception {
        return json(mvc.perform(post(path).header("Authorization", bearer(tokenFor(username)))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString());
    }

    private void drainChecks() {
        while (reviews.checkNewLinks() > 0) {
            // check every new record waiting
        }
    }

    /** A later report naming the known suspect again, with someone new. */
    private String laterReportNaming(String suspect) throws Exception {
        return postJson("investigator", "/api/v1/intelligence", Map.of(
                "informationDate", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "sourceEvaluation", "1", "intelligenceAssessment", "A", "handlingCode", "P",
                "text", "The same man was seen with another adult outside a takeaway.",
                "subjects", List.of(Map.of("type", "person", "role", "SUSPECT", "existing", suspect),
                        Map.of("type", "person", "role", "ASSOCIATE", "person",
                                Map.of("firstName", "Tom", "surname", "Reviewassociate")))), 201)
                .get("reference").asString();
    }

    private JsonNode queued(String referralId) throws Exception {
        JsonNode queue = json(mvc.perform(get("/api/v1/historic-reviews")
                        .header("Authorization", bearer(tokenFor("manager"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return queue.valueStream().filter(review -> review.get("referralId").asString().equals(referralId))
                .findFirst().orElse(null);
    }

    @Test
    void aLaterReportNamingASuspectInAKnownNetworkSendsTheClosedReferralForReviewWithTheReason() throws Exception {
        KnownNetwork known = childClosedWithNoFurtherActionNearANetwork("Nia", "RV19 NWK");
        drainChecks();
        assertThat(queued(known.referralId())).as("nothing new yet since the closure").isNull();

        String reference = laterReportNaming(known.suspect());
        drainChecks();

        JsonNode review = queued(known.referralId());
        assertThat(review).as("queued after the new report").isNotNull();
        assertThat(review.get("status").asString()).isEqualTo("QUEUED");
        JsonNode reason = review.get("reasons").get(0);
        assertThat(reason.get("sourceLabel").asString()).isEqualTo(reference);
        assertThat(reason.get("childId").asString()).isEqualTo(known.childId());
        assertThat(reason.get("links").valueStream().map(JsonNode::asString).toList())
                .hasSize(2)
                .anySatisfy(link -> assertThat(link).contains("Rizwan Reviewsuspect", "RV19NWK", "graded 2B P"))
                .anySatisfy(link -> assertThat(link).contains("RV19NWK", "Nia Testchild", "Return home interview"));
        var entry = lastEntry("REFERRAL", known.referralId(), "HISTORIC_REVIEW_QUEUED");
        assertThat(entry.payload()).contains(reference, known.childId());

        String reviewId = review.get("id").asString();
        postJson("manager", "/api/v1/historic-reviews/" + reviewId + "/reopen", Map.of("reason", ""), 400);
        JsonNode reopened = postJson("manager", "/api/v1/historic-reviews/" + reviewId + "/reopen",
                Map.of("reason", "The suspect is linked to a network; the front door must decide again."), 200);
        assertThat(reopened.get("status").asString()).isEqualTo("REOPENED");
        assertThat(lastEntry("REFERRAL", known.referralId(), "HISTORIC_REVIEW_REOPENED").actor()).isEqualTo("manager");
        assertThat(lastEntry("REFERRAL", known.referralId(), "REFERRAL_REOPENED").payload())
                .contains("linked to a network");
        mvc.perform(get("/api/v1/triage/queue").header("Authorization", bearer(tokenFor("triage"))))
                .andExpect(jsonPath("$[?(@.id == '" + known.referralId() + "')]").exists());
        postJson("manager", "/api/v1/historic-reviews/" + reviewId + "/confirmation",
                Map.of("reason", "Second thoughts"), 400);
    }

    @Test
    void aManagerMayConfirmTheClosureWithAReason() throws Exception {
        KnownNetwork known = childClosedWithNoFurtherActionNearANetwork("Ola", "RV19 OLA");
        laterReportNaming(known.suspect());
        drainChecks();
        String reviewId = queued(known.referralId()).get("id").asString();

        JsonNode confirmed = postJson("manager", "/api/v1/historic-reviews/" + reviewId + "/confirmation",
                Map.of("reason", "The new report is about an adult the child has not seen since 2024."), 200);
        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("decisionReason").asString()).contains("since 2024");
        assertThat(lastEntry("REFERRAL", known.referralId(), "HISTORIC_REVIEW_CONFIRMED").payload())
                .contains(reviewId);
        assertThat(queued(known.referralId())).isNull();
    }

    @Test
    void onlyManagersOfTheOwningAreaSeeTheReview() throws Exception {
        KnownNetwork known = childClosedWithNoFurtherActionNearANetwork("Pia", "RV19 PIA");
        laterReportNaming(known.suspect());
        drainChecks();
        String reviewId = queued(known.referralId()).get("id").asString();

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
}
