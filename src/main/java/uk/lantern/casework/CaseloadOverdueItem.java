package uk.lantern.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * Something on a case that is past its due time: an action (with its id, so that it can be marked done), the
 * assessment, the initial conference, or a plan's review.
 */
public record CaseloadOverdueItem(String description, Instant dueAt, UUID actionId) {
}
