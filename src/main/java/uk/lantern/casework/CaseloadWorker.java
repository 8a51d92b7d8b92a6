package uk.lantern.casework;

import uk.lantern.identity.UserId;

/** A social worker in a team's caseload, with how many open cases and overdue items they hold there. */
public record CaseloadWorker(UserId id, String displayName, int openCases, int overdueItems) {
}
