package uk.lantern.review.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.review.HistoricReviewView;
import uk.lantern.review.HistoricReviews;
import uk.lantern.review.ReviewId;

@RestController
@RequestMapping("/api/v1/historic-reviews")
@PreAuthorize("hasAuthority('REVIEW_CLOSED_CASES')")
@Tag(name = "Historic review", description = "Referrals closed with no further action that new information touches")
class HistoricReviewApiController {

    record ReviewOutcomeRequest(String reason) {
    }

    private final HistoricReviews reviews;
    private final CurrentActor currentActor;

    HistoricReviewApiController(HistoricReviews reviews, CurrentActor currentActor) {
        this.reviews = reviews;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "Reviews waiting for a decision in my area, oldest first, each with its reasons")
    List<HistoricReviewView> queue() {
        return reviews.queue(currentActor.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A review with its reasons: which new record, which child, which chain of links")
    HistoricReviewView read(@PathVariable ReviewId id) {
        return reviews.read(currentActor.get(), id);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Reopen the referral for a new decision at the front door, with the reason")
    HistoricReviewView reopen(@PathVariable ReviewId id, @RequestBody ReviewOutcomeRequest request) {
        return reviews.reopen(currentActor.get(), id, request.reason());
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "Confirm no further action in the light of the new information, with the reason")
    HistoricReviewView confirm(@PathVariable ReviewId id, @RequestBody ReviewOutcomeRequest request) {
        return reviews.confirm(currentActor.get(), id, request.reason());
    }
}
