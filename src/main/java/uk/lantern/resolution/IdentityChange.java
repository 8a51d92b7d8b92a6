package uk.lantern.resolution;

import java.time.Instant;

/**
 * A ledger entry about an identity: a merge, an unmerge, or a pair accepted or rejected, with who, when and why.
 *
 * @param action IDENTITY_MERGED, IDENTITY_UNMERGED, MATCH_ACCEPTED or MATCH_REJECTED
 */
public record IdentityChange(long sequence, String action, String actor, String agency, Instant at, String reason) {
}
