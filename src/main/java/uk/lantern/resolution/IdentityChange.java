package uk.lantern.resolution;

import java.time.Instant;

/**
 * A ledger entry about an identity: a merge, an unmerge, or a pair accepted or rejected, with who, when and why.
 *
 * @param sequence the entry's place in the log, or null for the moment before the sequencer places it
 * @param action IDENTITY_MERGED, IDENTITY_UNMERGED, MATCH_ACCEPTED or MATCH_REJECTED
 */
public record IdentityChange(Long sequence, String action, String actor, String agency, Instant at, String reason) {
}
