/**
 * Referrals from intake to outcome: any practitioner raises a concern, it reaches the front door of the child's
 * area at once with a decision clock running, triage decides, a manager signs off "no further action" on a CSE
 * concern, and the referrer follows it all on "My referrals" and can escalate when nothing happens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals",
        allowedDependencies = {"identity", "ledger", "area", "people", "deadline", "risk",
        "notification"})
package uk.lantern.referral;
