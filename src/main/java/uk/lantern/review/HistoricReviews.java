package uk.lantern.review;

import java.util.List;

import uk.lantern.identity.Actor;

/**
 * The historic review queue (docs/historic-review.md). Managers of the children's social care that owns a closed
 * referral work its reviews. Every change is in the ledger; bad input raises
 * {@link uk.lantern.identity.InvalidInputException} naming the field.
 */
public interface HistoricReviews {

    /** Reviews waiting for the manager's decision, oldest first; the reviews shown are logged as read. */
    List<HistoricReviewView> queue(Actor manager);

    HistoricReviewView read(Actor manager, ReviewId id);

    /** Sends the referral back to the front door for a new decision. */
    HistoricReviewView reopen(Actor manager, ReviewId id, String reason);

    /** Confirms "no further action" in the light of the new information. */
    HistoricReviewView confirm(Actor manager, ReviewId id, String reason);

    /**
     * Checks the links recorded since the last check against every referral closed with no further action, and
     * queues a review for each one they connect to. Runs on a schedule; tests call it directly.
     *
     * @return how many new records one batch checked; 0 when there was nothing left to check
     */
    int checkNewLinks();
}
