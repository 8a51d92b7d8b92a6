/**
 * Casework: cases opened from referrals, with their statutory steps and clocks (assessment, strategy discussions
 * with several agencies, section 47 enquiry, initial child protection conference), actions with owners and due
 * dates, case notes, visits and contacts (with the wording check), child protection and safety plans with their
 * reviews, the caseload dashboard and allocation, outcome and closure once nothing is left open, the child's record
 * page, each case's chronology built from the ledger, and the retention schedule that purges old closed cases'
 * narrative unless a legal hold stands (with the legal-hold pages, since the cases are what the holds protect).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"identity", "ledger", "area", "people", "deadline", "referral", "missing", "risk",
        "notification", "web", "runtime"})
package uk.lantern.casework;
