package uk.lantern.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A child protection plan or safety plan, with its reviews, oldest first; ended when {@code endedAt} is set. */
public record CasePlanView(UUID id, CasePlanKind kind, String summary, LocalDate startedOn, LocalDate nextReviewOn,
                           String startedBy, Instant endedAt, String endReason, List<Review> reviews) {

    public boolean active() {
        return endedAt == null;
    }

    /** A review of the plan, and when the next is due (none when the review ended the plan's reviews). */
    public record Review(UUID id, LocalDate heldOn, String summary, LocalDate nextReviewOn, String recordedBy) {
    }
}
