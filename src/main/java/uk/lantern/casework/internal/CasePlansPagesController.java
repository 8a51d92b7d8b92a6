package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CasePlans;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.DateInput;
import uk.lantern.identity.InvalidInputException.FieldError;

/** The case page's forms that start, review and end plans. */
@Controller
class CasePlansPagesController {

    private final CasePlans plans;
    private final CasePage page;
    private final CurrentActor currentActor;

    CasePlansPagesController(CasePlans plans, CasePage page, CurrentActor currentActor) {
        this.plans = plans;
        this.page = page;
        this.currentActor = currentActor;
    }

    @PostMapping("/cases/{id}/plans")
    String startPlan(@PathVariable CaseId id, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes redirect) {
        DateInput startedOn = DateInput.from(form, "plan-startedOn", "Start date");
        DateInput nextReviewOn = DateInput.from(form, "plan-nextReviewOn", "Date of the first review");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate started = startedOn.parse(dateErrors);
        LocalDate review = nextReviewOn.parse(dateErrors);
        Map<String, Object> entered = new HashMap<>(startedOn.entered());
        entered.putAll(nextReviewOn.entered());
        model.addAttribute("entered", CasePage.entered(entered, "plan-kind", form.get("plan-kind"), "plan-summary",
                form.get("plan-summary")));
        return page.act(id, model, redirect, "Plan started.", null, Map.of("kind", "plan-kind", "summary",
                "plan-summary", "startedOn", "plan-startedOn", "nextReviewOn", "plan-nextReviewOn"), dateErrors,
                () -> plans.start(currentActor.get(), id, form.get("plan-kind"), form.get("plan-summary"), started,
                        review));
    }

    @PostMapping("/cases/{id}/plans/{planId}/reviews")
    String reviewPlan(@PathVariable CaseId id, @PathVariable UUID planId, @RequestParam Map<String, String> form,
                      Model model, RedirectAttributes redirect) {
        String prefix = "review-" + planId + "-";
        DateInput heldOn = DateInput.from(form, prefix + "heldOn", "Date of the review");
        DateInput nextReviewOn = DateInput.from(form, prefix + "nextReviewOn", "Date of the next review");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate held = heldOn.parse(dateErrors);
        LocalDate next = nextReviewOn.parse(dateErrors);
        Map<String, Object> entered = new HashMap<>(heldOn.entered());
        entered.putAll(nextReviewOn.entered());
        model.addAttribute("entered", CasePage.entered(entered, prefix + "summary", form.get(prefix + "summary")));
        return page.act(id, model, redirect, "Plan review recorded.", null, Map.of("heldOn", prefix + "heldOn",
                "summary", prefix + "summary", "nextReviewOn", prefix + "nextReviewOn"), dateErrors,
                () -> plans.review(currentActor.get(), id, planId, held, form.get(prefix + "summary"), next));
    }

    @PostMapping("/cases/{id}/plans/{planId}/end")
    String endPlan(@PathVariable CaseId id, @PathVariable UUID planId,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        String field = "end-" + planId + "-reason";
        model.addAttribute("entered", CasePage.entered(Map.of(), field, reason));
        return page.act(id, model, redirect, "Plan ended.", null, Map.of("reason", field), List.of(),
                () -> plans.end(currentActor.get(), id, planId, reason));
    }
}
