package uk.lantern.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A closed referral sent back for review, with every reason found so far.
 *
 * @param closedAt when "no further action" was decided
 */
public record HistoricReviewView(ReviewId id, UUID referralId, String referralReference, String areaCode,
                                 Instant closedAt, ReviewStatus status, Instant queuedAt, List<Reason> reasons,
                                 String decidedBy, Instant decidedAt, String decisionReason) {

    /**
     * Why the review was queued: a new record, and the chain of links from what it names to one of the referral's
     * children.
     *
     * @param source      the new record, for example {@code intel_report:…}
     * @param sourceLabel the record as a reader knows it, for example {@code INT-2026-000042}
     * @param links       the chain, one link a line, each with its evidence
     */
    public record Reason(UUID childId, String childName, String source, String sourceLabel, List<String> links,
                         Instant foundAt) {
    }
}
