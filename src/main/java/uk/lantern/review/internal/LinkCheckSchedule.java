package uk.lantern.review.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.lantern.review.HistoricReviews;
import uk.lantern.runtime.RunMode;

/** Checks new links against closed referrals on a schedule, while the server runs. */
@Component
class LinkCheckSchedule {

    private final HistoricReviews reviews;
    private final RunMode runMode;

    LinkCheckSchedule(HistoricReviews reviews, RunMode runMode) {
        this.reviews = reviews;
        this.runMode = runMode;
    }

    @Scheduled(fixedDelayString = "${lantern.review.check-interval:PT30S}",
            initialDelayString = "${lantern.review.check-interval:PT30S}")
    void check() {
        if (!runMode.commandLine()) {
            while (reviews.checkNewLinks() > 0) {
                // Each batch is its own transaction; go on until every new record is checked.
            }
        }
    }
}
