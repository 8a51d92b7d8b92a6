package uk.lantern.support;

import java.util.Map;

/** A referral made through the API about a new child, and the child's record it registered. */
public record ReferredChild(String referralId, String childId) {

    /** The user refers a child called {@code firstName} Testchild, born 2011-04-23. */
    public static ReferredChild referredBy(IntegrationTestBase test, String username, String firstName,
                                           boolean cseConcern) throws Exception {
        String referralId = test.submitReferral(test.tokenFor(username), firstName, cseConcern, "URGENT").get("id")
                .asString();
        String childId = test.jdbc.sql("SELECT child_id::text FROM referral_child WHERE referral_id = ?::uuid")
                .param(referralId).query(String.class).single();
        return new ReferredChild(referralId, childId);
    }

    /** The front door closes the referral with no further action, and the manager signs that off. */
    public void closeWithNoFurtherAction(IntegrationTestBase test) throws Exception {
        test.postJson("triage", "/api/v1/referrals/" + referralId + "/decision", Map.of("outcome",
                "NO_FURTHER_ACTION", "reasons", "Concerns not substantiated at this time."), 200);
        test.postJson("manager", "/api/v1/referrals/" + referralId + "/sign-off",
                Map.of("approve", true, "note", "Agreed on what we know now."), 200);
    }
}
