package uk.lantern.resolution;

/** Where a pair stands with analysts: waiting for review, accepted as one person, or rejected. */
public enum MatchStatus {
    REVIEW, ACCEPTED, REJECTED
}
