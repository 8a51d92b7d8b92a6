/**
 * Historic review: referrals closed with "no further action" go back to a manager when new information (intelligence,
 * a child's account, an identity match, a CSE referral from another agency) links one of their children to evidence
 * of exploitation, with one reason per link (which record, which links). Matching a child's own records is not such
 * information. The manager reopens the referral for a new decision or confirms the closure, with a reason; both are
 * in the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Historic review",
        allowedDependencies = {"identity", "ledger", "area", "people", "referral", "intelligence", "resolution", "runtime"})
package uk.lantern.review;
