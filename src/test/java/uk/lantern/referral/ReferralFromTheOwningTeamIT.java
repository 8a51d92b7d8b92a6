package uk.lantern.referral;

import org.junit.jupiter.api.Test;

import uk.lantern.support.IntegrationTestBase;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A referral raised by the children's social care team that will own it has one agency as both referrer and owner;
 * its record, and the queue that lists it, still answer.
 */
class ReferralFromTheOwningTeamIT extends IntegrationTestBase {

    @Test
    void aReferralRaisedByTheFrontDoorIsReadAndQueued() throws Exception {
        String token = tokenFor("triage");
        String id = submitReferral(token, unique("Ivy"), true, "URGENT").get("id").asString();

        mvc.perform(get("/api/v1/referrals/" + id).header("Authorization", bearer(token)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/triage/queue").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
    }
}
