/**
 * Casework: cases opened from referrals, with their statutory steps and clocks (assessment, strategy discussions
 * with several agencies, section 47 enquiry, initial child protection conference), actions with owners and due
 * dates, outcome and closure, the child's record page, and each case's chronology built from the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"identity", "ledger", "area", "people", "deadline", "referral", "missing",
        "notification", "web"})
package uk.lantern.casework;
