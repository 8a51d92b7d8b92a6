package uk.lantern.support;

import tools.jackson.databind.JsonNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The historic review queue as the demo manager sees it through the API. */
public final class ReviewQueue {

    private ReviewQueue() {
    }

    /** The queued review of the referral, or null when it is not in the queue. */
    public static JsonNode queuedReviewOf(IntegrationTestBase test, String referralId) throws Exception {
        JsonNode queue = IntegrationTestBase.json(test.mvc.perform(get("/api/v1/historic-reviews")
                        .header("Authorization", IntegrationTestBase.bearer(test.tokenFor("manager"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return queue.valueStream().filter(review -> review.get("referralId").asString().equals(referralId))
                .findFirst().orElse(null);
    }
}
