package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.casework.AssessmentFactor;
import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseOutcome;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.StrategyDecision;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;

/** Case pages: the work list, a case with a form for each step, and the chronology. */
@Controller
class CasePagesController {

    private static final int ATTENDEE_ROWS = 4;

    private final Cases cases;
    private final CurrentActor currentActor;
    private final Directory directory;

    CasePagesController(Cases cases, CurrentActor currentActor, Directory directory) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.directory = directory;
    }

    @GetMapping("/cases")
    String workList(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("cases", cases.workList(actor));
        // Those who assign cases see every open case in their area; others see the cases assigned to them.
        model.addAttribute("heading", actor.can(Capability.ASSIGN_CASES) ? "Open cases" : "Your cases");
        return "case/list";
    }

    @GetMapping("/cases/{id}")
    String read(@PathVariable CaseId id, Model model) {
        return casePage(model, cases.read(currentActor.get(), id, "Viewing the case"), List.of());
    }

    @GetMapping("/cases/{id}/chronology")
    String chronology(@PathVariable CaseId id, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("entries", cases.chronology(actor, id));
        model.addAttribute("case", cases.read(actor, id, "Chronology"));
        return "case/chronology";
    }

    @PostMapping("/cases/{id}/assignment")
    String assign(@PathVariable CaseId id, @RequestParam(required = false) String worker, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("entered", entered("worker", worker));
        // No choice, or not a user's id, is no worker, which the service refuses once it knows the user may assign.
        UserId chosen;
        try {
            chosen = UserId.of(worker == null ? "" : worker);
        } catch (IllegalArgumentException notAnId) {
            chosen = null;
        }
        UserId assignee = chosen;
        return act(id, model, redirect, "Case assigned.", () -> cases.assign(currentActor.get(), id, assignee));
    }

    @PostMapping("/cases/{id}/assessment")
    String assessment(@PathVariable CaseId id, @RequestParam(required = false) String summary,
                      @RequestParam(required = false) List<String> factors, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("summary", summary, "factors", factors == null ? List.of() : factors));
        return act(id, model, redirect, "Assessment completed.",
                () -> cases.completeAssessment(currentActor.get(), id, summary, factors));
    }

    @PostMapping("/cases/{id}/strategy-discussions")
    String strategyDiscussion(@PathVariable CaseId id, @RequestParam(required = false) String heldOn,
                              @RequestParam(required = false) String decision,
                              @RequestParam(required = false) String notes,
                              @RequestParam(name = "attendeeName", required = false) List<String> names,
                              @RequestParam(name = "attendeeAgency", required = false) List<String> agencies,
                              @RequestParam(name = "attendeeRole", required = false) List<String> roles,
                              Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("heldOn", heldOn, "decision", decision, "notes", notes));
        model.addAttribute("attendeeRows", attendeeRows(attendees(names, agencies, roles)));
        return act(id, model, redirect, "Strategy discussion recorded.", () -> cases.recordStrategyDiscussion(
                currentActor.get(), id, date(heldOn, "heldOn"), decision, notes, attendees(names, agencies, roles)));
    }

    @PostMapping("/cases/{id}/section-47")
    String section47(@PathVariable CaseId id, @RequestParam(required = false) String conferenceNeeded,
                     @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("conferenceNeeded", conferenceNeeded, "s47-summary", summary));
        // Anything but yes or no is no answer, which the service refuses once it knows the worker may change the case.
        Boolean answer = "yes".equals(conferenceNeeded) ? Boolean.TRUE : "no".equals(conferenceNeeded) ? Boolean.FALSE
                : null;
        return act(id, model, redirect, "Section 47 enquiry completed.", Map.of("summary", "s47-summary"),
                () -> cases.completeSection47(currentActor.get(), id, answer, summary));
    }

    @PostMapping("/cases/{id}/conference")
    String conference(@PathVariable CaseId id, @RequestParam(required = false) String heldOn,
                      @RequestParam(required = false) String planMade, @RequestParam(required = false) String notes,
                      Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("conference-heldOn", heldOn, "planMade", planMade));
        return act(id, model, redirect, "Conference recorded.", Map.of("heldOn", "conference-heldOn"),
                () -> cases.recordConference(currentActor.get(), id, date(heldOn, "heldOn"), "yes".equals(planMade),
                        notes));
    }

    @PostMapping("/cases/{id}/actions")
    String addAction(@PathVariable CaseId id, @RequestParam(required = false) String description,
                     @RequestParam(required = false) String owner, @RequestParam(required = false) String dueOn,
                     Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("description", description, "owner", owner, "dueOn", dueOn));
        return act(id, model, redirect, "Action added.", () -> cases.addAction(currentActor.get(), id, description,
                owner, date(dueOn, "dueOn")));
    }

    @PostMapping("/cases/{id}/actions/{actionId}/completion")
    String completeAction(@PathVariable CaseId id, @PathVariable UUID actionId, Model model,
                          RedirectAttributes redirect) {
        return act(id, model, redirect, "Action done.", () -> cases.completeAction(currentActor.get(), id, actionId));
    }

    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable CaseId id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("outcome", outcome, "closure-summary", summary));
        return act(id, model, redirect, "Case closed. The referrer has been told the outcome.",
                Map.of("summary", "closure-summary"), () -> cases.close(currentActor.get(), id, outcome, summary));
    }

    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice, Supplier<CaseView> step) {
        return act(id, model, redirect, notice, Map.of(), step);
    }

    /**
     * Runs a step and shows the case again, with a notice or with the step's errors. Several forms on the case page
     * have a field of the same name (each a "summary", say), so each form's field has its own element id, and
     * fieldIds renames the step's errors to those ids for the error summary to link to the field on the right form.
     */
    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice,
                       Map<String, String> fieldIds, Supplier<CaseView> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + id;
        } catch (InvalidInputException invalid) {
            List<InvalidInputException.FieldError> errors = invalid.errors().stream()
                    .map(error -> new InvalidInputException.FieldError(
                            fieldIds.getOrDefault(error.field(), error.field()), error.message()))
                    .toList();
            return casePage(model, cases.read(currentActor.get(), id, "Correcting a case step"), errors);
        }
    }

    /**
     * What was entered on a form, by element id, to show again with its errors so that nobody has to type it twice.
     * Only a page shown with errors uses it: after a redirect, the model is not passed on.
     */
    private static Map<String, Object> entered(Object... idsAndValues) {
        Map<String, Object> entered = new HashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            entered.put((String) idsAndValues[i], idsAndValues[i + 1]);
        }
        return entered;
    }

    /** The strategy discussion form's rows of attendees: those entered, then empty rows up to four. */
    private static List<Attendee> attendeeRows(List<Attendee> entered) {
        List<Attendee> rows = new ArrayList<>(entered);
        while (rows.size() < ATTENDEE_ROWS) {
            rows.add(new Attendee(null, null, null));
        }
        return rows;
    }

    private String casePage(Model model, CaseView caseView, List<InvalidInputException.FieldError> errors) {
        Actor actor = currentActor.get();
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        if (!model.containsAttribute("attendeeRows")) {
            model.addAttribute("attendeeRows", attendeeRows(List.of()));
        }
        model.addAttribute("case", caseView);
        model.addAttribute("errors", errors);
        model.addAttribute("open", caseView.status() == uk.lantern.casework.CaseStatus.OPEN);
        model.addAttribute("canWork", actor.can(Capability.WORK_CASES));
        model.addAttribute("canAssign", actor.can(Capability.ASSIGN_CASES));
        model.addAttribute("factors", AssessmentFactor.values());
        model.addAttribute("strategyDecisions", StrategyDecision.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("workers", directory.usersWithRole(
                directory.agencyNamed(caseView.owningTeam()).orElseThrow().id(), Role.SOCIAL_WORKER));
        return "case/case";
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException invalid) {
            throw new InvalidInputException(field, "Enter a date like 2026-03-01");
        }
    }

    private static List<Attendee> attendees(List<String> names, List<String> agencies, List<String> roles) {
        List<Attendee> attendees = new ArrayList<>();
        int count = names == null ? 0 : names.size();
        for (int i = 0; i < count; i++) {
            attendees.add(new Attendee(names.get(i), agencies != null && i < agencies.size() ? agencies.get(i) : null,
                    roles != null && i < roles.size() ? roles.get(i) : null));
        }
        return attendees;
    }
}
