package uk.lantern.casework;

import java.time.Instant;

import uk.lantern.identity.ProtectedRecord;
import uk.lantern.people.ChildId;

/**
 * A case about a child, as another module lists it beside the child's other records, with what the access policy
 * needs to decide whether the viewer may see it.
 *
 * @param outcome how the case ended; null while it is open
 */
public record CaseAboutChild(ProtectedRecord access, CaseId id, String reference, ChildId child, String owningAgency,
                             CaseStatus status, Instant openedAt, Instant closedAt, CaseOutcome outcome) {
}
