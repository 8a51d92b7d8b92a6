package uk.lantern.review.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.review.HistoricReviewView;
import uk.lantern.review.HistoricReviews;
import uk.lantern.review.ReviewId;

/** The historic review queue and each review's page, where a manager reopens or confirms. */
@Controller
@PreAuthorize("hasAuthority('REVIEW_CLOSED_CASES')")
class HistoricReviewPagesController {

    private final HistoricReviews reviews;
    private final CurrentActor currentActor;

    HistoricReviewPagesController(HistoricReviews reviews, CurrentActor currentActor) {
        this.reviews = reviews;
        this.currentActor = currentActor;
    }

    @GetMapping("/historic-reviews")
    String queue(Model model) {
        model.addAttribute("reviews", reviews.queue(currentActor.get()));
        return "review/queue";
    }

    @GetMapping("/historic-reviews/{id}")
    String review(@PathVariable ReviewId id, Model model) {
        return reviewPage(model, reviews.read(currentActor.get(), id), null, List.of());
    }

    @PostMapping("/historic-reviews/{id}/decision")
    String decide(@PathVariable ReviewId id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Supplier<HistoricReviewView> step;
        if ("REOPEN".equals(decision)) {
            step = () -> reviews.reopen(currentActor.get(), id, reason);
        } else if ("CONFIRM".equals(decision)) {
            step = () -> reviews.confirm(currentActor.get(), id, reason);
        } else {
            return reviewPage(model, reviews.read(currentActor.get(), id), reason, List.of(
                    new InvalidInputException.FieldError("decision", "Choose whether to reopen or confirm")));
        }
        try {
            HistoricReviewView decided = step.get();
            redirect.addFlashAttribute("notice", "REOPEN".equals(decision)
                    ? "Referral " + decided.referralReference() + " is back with the front door for a new decision."
                    : "No further action confirmed for " + decided.referralReference() + ".");
            return "redirect:/historic-reviews";
        } catch (InvalidInputException invalid) {
            return reviewPage(model, reviews.read(currentActor.get(), id), reason, invalid.errors());
        }
    }

    private String reviewPage(Model model, HistoricReviewView review, String reason,
                              List<InvalidInputException.FieldError> errors) {
        model.addAttribute("review", review);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "review/review";
    }
}
