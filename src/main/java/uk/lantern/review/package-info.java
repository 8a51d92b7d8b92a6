/**
 * Historic review: referrals closed with "no further action" go back to a manager when new intelligence, a child's
 * account or an identity match connects to one of their children, with the reason (which record, which links). The
 * manager reopens the referral for a new decision or confirms the closure, with a reason; both are in the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Historic review",
        allowedDependencies = {"identity", "ledger", "area", "people", "referral", "intelligence", "resolution", "runtime"})
package uk.lantern.review;
