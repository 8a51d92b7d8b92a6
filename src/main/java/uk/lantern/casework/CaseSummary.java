package uk.lantern.casework;

import java.time.Instant;
import java.util.List;

/** A case in a list. */
public record CaseSummary(CaseId id, String reference, List<String> childNames, CaseStatus status, Instant openedAt,
                          String assignedWorker, String reviewReason) {
}
