package uk.lantern.resolution;

import uk.lantern.people.RecordKind;

/** What one batch resolution did. */
public record ResolutionSummary(RecordKind kind, int records, int identities, int reviewPairs, long millis) {
}
