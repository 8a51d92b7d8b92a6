package uk.lantern.resolution;

import java.time.Instant;
import java.util.UUID;

import uk.lantern.people.Particulars;
import uk.lantern.people.RecordKind;

/** A pair of records as an analyst sees it: both records' particulars and the per-field weights behind the score. */
public record MatchView(UUID id, RecordKind kind, Particulars first, Particulars second, PairComparison comparison,
                        MatchStatus status, Instant foundAt, String decidedBy, Instant decidedAt, String reason) {
}
