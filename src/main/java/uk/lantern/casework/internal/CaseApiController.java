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

import uk.lantern.casework.ActionOwner;
import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseSummary;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.UserId;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Casework: assessment, strategy discussions, section 47, conference, actions, "
        + "notes, plans, caseloads and closure")
class CaseApiController {

    record AssignmentRequest(UserId worker) {
    }

    record AssessmentRequest(@Size(max = 10_000) String summary, @Size(max = 10) List<@Size(max = 5) String> factors) {
    }

    record AttendeeRequest(@Size(max = 120) String name, @Size(max = 200) String agencyName,
                           @Size(max = 120) String role) {
    }

    record StrategyDiscussionRequest(LocalDate heldOn, @Size(max = 40) String decision,
                                     @Size(max = 10_000) String notes,
                                     @Size(max = 30) List<@Valid AttendeeRequest> attendees) {
    }

    record Section47Request(Boolean conferenceNeeded, @Size(max = 10_000) String summary) {
    }

    record ConferenceRequest(LocalDate heldOn, Boolean planMade, @Size(max = 10_000) String notes) {
    }

    /** An action: {@code owner} is the id of one of the case's action owners, {@code planId} an active plan or none. */
    record ActionRequest(@Size(max = 2000) String description, UserId owner, LocalDate dueOn, UUID planId) {
    }

    record ClosureRequest(@Size(max = 40) String outcome, @Size(max = 10_000) String summary) {
    }

    private final Cases cases;
    private final CurrentActor currentActor;

    CaseApiController(Cases cases, CurrentActor currentActor) {
        this.cases = cases;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "My open cases, or for managers and triage, the open cases of my area")
    List<CaseSummary> workList() {
        return cases.workList(currentActor.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case; the read is logged")
    CaseView read(@PathVariable CaseId id) {
        return cases.read(currentActor.get(), id, "Viewed through the API");
    }

    @PostMapping("/{id}/assignment")
    @Operation(summary = "Assign the case to a social worker in the owning team")
    CaseView assign(@PathVariable CaseId id, @RequestBody AssignmentRequest request) {
        return cases.assign(currentActor.get(), id, request.worker());
    }

    @PostMapping("/{id}/assessment")
    @Operation(summary = "Complete the assessment, with Children in Need factor codes such as 11A")
    CaseView completeAssessment(@PathVariable CaseId id, @Valid @RequestBody AssessmentRequest request) {
        return cases.completeAssessment(currentActor.get(), id, request.summary(), request.factors());
    }

    @PostMapping("/{id}/strategy-discussions")
    @Operation(summary = "Record a strategy discussion with attendees from several agencies, and its decision")
    CaseView strategyDiscussion(@PathVariable CaseId id, @Valid @RequestBody StrategyDiscussionRequest request) {
        List<Attendee> attendees = request.attendees() == null ? List.of() : request.attendees().stream()
                .map(attendee -> new Attendee(attendee.name(), attendee.agencyName(), attendee.role())).toList();
        return cases.recordStrategyDiscussion(currentActor.get(), id, request.heldOn(), request.decision(),
                request.notes(), attendees);
    }

    @PostMapping("/{id}/section-47")
    @Operation(summary = "Complete the section 47 enquiry, saying whether a conference is needed")
    CaseView section47(@PathVariable CaseId id, @Valid @RequestBody Section47Request request) {
        return cases.completeSection47(currentActor.get(), id, request.conferenceNeeded(), request.summary());
    }

    @PostMapping("/{id}/conference")
    @Operation(summary = "Record the initial child protection conference")
    CaseView conference(@PathVariable CaseId id, @Valid @RequestBody ConferenceRequest request) {
        return cases.recordConference(currentActor.get(), id, request.heldOn(),
                Boolean.TRUE.equals(request.planMade()), request.notes());
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Add an action with an owner and a due date")
    CaseView addAction(@PathVariable CaseId id, @Valid @RequestBody ActionRequest request) {
        return cases.addAction(currentActor.get(), id, request.description(), request.owner(), request.dueOn(),
                request.planId());
    }

    @GetMapping("/{id}/action-owners")
    @Operation(summary = "The people who may own an action on the case, by name: everyone who may read the case; "
            + "the read is logged")
    List<ActionOwner> actionOwners(@PathVariable CaseId id) {
        return cases.actionOwners(currentActor.get(), id);
    }

    @PostMapping("/{id}/actions/{actionId}/completion")
    @Operation(summary = "Mark an action done")
    CaseView completeAction(@PathVariable CaseId id, @PathVariable UUID actionId) {
        return cases.completeAction(currentActor.get(), id, actionId);
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close the case with its outcome; the referrer is told the outcome. Refused with a 400 naming "
            + "each thing still open (assessment, section47, conference, actions, plans) until the case can close")
    CaseView close(@PathVariable CaseId id, @Valid @RequestBody ClosureRequest request) {
        return cases.close(currentActor.get(), id, request.outcome(), request.summary());
    }

    @GetMapping("/{id}/chronology")
    @Operation(summary = "The case's significant events from the ledger, each with its sequence number and hash")
    List<ChronologyEntry> chronology(@PathVariable CaseId id) {
        return cases.chronology(currentActor.get(), id);
    }
}
