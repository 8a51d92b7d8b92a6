package uk.lantern.resolution;

/** How a compared pair is treated: linked, sent to an analyst, or left apart. */
public enum MatchClass {
    /** At or above the match threshold: the records are linked without review. */
    MATCH,
    /** Between the review and the match threshold: an analyst decides. */
    REVIEW,
    /** Below the review threshold. */
    NON_MATCH
}
