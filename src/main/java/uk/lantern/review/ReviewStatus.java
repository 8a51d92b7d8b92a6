package uk.lantern.review;

/** Where a historic review stands: waiting for a manager, or decided one way or the other. */
public enum ReviewStatus {
    QUEUED, REOPENED, CONFIRMED
}
