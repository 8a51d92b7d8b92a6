package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CasePlans;
import uk.lantern.identity.CurrentActor;

@RestController
@RequestMapping("/api/v1/cases/{id}/plans")
@Tag(name = "Cases")
class CasePlansApiController {

    /** A new plan: {@code kind} is CHILD_PROTECTION or SAFETY. */
    record CasePlanRequest(@Size(max = 30) String kind, @Size(max = CaseInput.MAX_TEXT) String summary,
                           LocalDate startedOn, LocalDate nextReviewOn) {
    }

    record CasePlanReviewRequest(LocalDate heldOn, @Size(max = CaseInput.MAX_TEXT) String summary,
                                 LocalDate nextReviewOn) {
    }

    record CasePlanEndRequest(@Size(max = CaseInput.MAX_TEXT) String reason) {
    }

    private final CasePlans plans;
    private final CurrentActor currentActor;

    CasePlansApiController(CasePlans plans, CurrentActor currentActor) {
        this.plans = plans;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "The case's plans with their reviews, active plans first; the read is logged")
    List<CasePlanView> plans(@PathVariable CaseId id) {
        return plans.plans(currentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Start a child protection plan or a safety plan, with the date of its first review")
    CasePlanView start(@PathVariable CaseId id, @Valid @RequestBody CasePlanRequest request) {
        return plans.start(currentActor.get(), id, request.kind(), request.summary(), request.startedOn(),
                request.nextReviewOn());
    }

    @PostMapping("/{planId}/reviews")
    @Operation(summary = "Record a review of an active plan and when the next is due")
    CasePlanView review(@PathVariable CaseId id, @PathVariable UUID planId,
                        @Valid @RequestBody CasePlanReviewRequest request) {
        return plans.review(currentActor.get(), id, planId, request.heldOn(), request.summary(),
                request.nextReviewOn());
    }

    @PostMapping("/{planId}/end")
    @Operation(summary = "End an active plan, with the reason")
    CasePlanView end(@PathVariable CaseId id, @PathVariable UUID planId,
                     @Valid @RequestBody CasePlanEndRequest request) {
        return plans.end(currentActor.get(), id, planId, request.reason());
    }
}
