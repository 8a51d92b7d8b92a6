package uk.lantern.casework;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.UserId;

/** One open case in a caseload, with its overdue items, the longest overdue first. */
public record CaseloadEntry(CaseId id, String reference, List<String> childNames, Instant openedAt, UserId workerId,
                            String workerName, List<CaseloadOverdueItem> overdue) {
}
