package uk.lantern.resolution;

/** A candidate pair found by blocking, with its total match weight and probability. */
public record ScoredPair(RecordPair pair, double weight, double probability, MatchClass classification) {
}
