package uk.lantern.resolution;

import java.time.Instant;
import java.util.UUID;

import uk.lantern.people.RecordKind;

/**
 * A pair of records as an analyst who may see both sees it: both records and the per-field weights behind the
 * score, and why it stands where it does in the review queue.
 *
 * @param priorityDetail what the priority rests on, for example the network a suspect is in; null when by probability
 */
public record MatchView(UUID id, RecordKind kind, ResolvedRecord first, ResolvedRecord second,
                        PairComparison comparison, MatchStatus status, Instant foundAt, String decidedBy,
                        Instant decidedAt, String reason, MatchPriority priority, String priorityDetail) {
}
