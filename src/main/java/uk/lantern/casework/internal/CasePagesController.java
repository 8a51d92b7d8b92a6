package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseloadView;
import uk.lantern.casework.Caseloads;
import uk.lantern.casework.Cases;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.DateInput;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;

/** Case pages: the work list, a case with a form for each step, and the chronology. */
@Controller
class CasePagesController {

        private final Cases cases;
    private final Caseloads caseloads;
    private final CasePage page;
    private final CurrentActor currentActor;
    private final Directory directory;

    CasePagesController(Cases cases, Caseloads caseloads, CasePage page, CurrentActor currentActor,
                        Directory directory) {
        this.cases = cases;
        this.caseloads = caseloads;
        this.page = page;
        this.currentActor = currentActor;
        this.directory = directory;
    }

    /**
     * The caseload dashboard: one's own cases, or for those who allocate, the team's, overdue items first; a case
     * without a worker can be allocated from it.
     */
    @GetMapping("/cases")
    String caseload(Model model) {
        Actor actor = currentActor.get();
        CaseloadView caseload = caseloads.caseload(actor);
        model.addAttribute("caseload", caseload);
        model.addAttribute("heading", caseload.team() ? "Open cases" : "Your cases");
        model.addAttribute("canWork", actor.can(Capability.WORK_CASES));
        model.addAttribute("workers", caseload.team()
                ? directory.usersWithRole(actor.agencyId(), Role.SOCIAL_WORKER) : List.of());
        return "case/list";
    }

    @GetMapping("/cases/{id}")
    String read(@PathVariable CaseId id, Model model) {
        return page.show(model, cases.read(currentActor.get(), id, "Viewing the case"), List.of());
    }

    @GetMapping("/cases/{id}/chronology")
    String chronology(@PathVariable CaseId id, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("entries", cases.chronology(actor, id));
        model.addAttribute("case", cases.read(actor, id, "Chronology"));
        return "case/chronology";
    }

    @PostMapping("/cases/{id}/assignment")
    String assign(@PathVariable CaseId id, @RequestParam(required = false) String worker,
                  @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", CasePage.entered("worker", worker));
        // No choice, or not a user's id, is no worker, which the service refuses once it knows the user may assign.
        UserId chosen;
        try {
            chosen = UserId.of(worker == null ? "" : worker);
        } catch (IllegalArgumentException notAnId) {
            chosen = null;
        }
        UserId assignee = chosen;
        return page.act(id, model, redirect, "Case assigned. The social worker has been told.", returnTo, Map.of(),
                List.of(), () -> cases.assign(currentActor.get(), id, assignee));
    }

    @PostMapping("/cases/{id}/assessment")
    String assessment(@PathVariable CaseId id, @RequestParam(required = false) String summary,
                      @RequestParam(required = false) List<String> factors, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", CasePage.entered("summary", summary, "factors",
                factors == null ? List.of() : factors));
        return page.act(id, model, redirect, "Assessment completed.",
                () -> cases.completeAssessment(currentActor.get(), id, summary, factors));
    }

    @PostMapping("/cases/{id}/strategy-discussions")
    String strategyDiscussion(@PathVariable CaseId id, @RequestParam Map<String, String> form,
                              @RequestParam(required = false) String decision,
                              @RequestParam(required = false) String notes,
                              @RequestParam(name = "attendeeName", required = false) List<String> names,
                              @RequestParam(name = "attendeeAgency", required = false) List<String> agencies,
                              @RequestParam(name = "attendeeRole", required = false) List<String> roles,
                              Model model, RedirectAttributes redirect) {
        DateInput heldOn = DateInput.from(form, "heldOn", "Date held");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate held = heldOn.parse(dateErrors);
        model.addAttribute("entered", CasePage.entered(heldOn.entered(), "decision", decision, "notes", notes));
        model.addAttribute("attendeeRows", CasePage.attendeeRows(attendees(names, agencies, roles)));
        return page.act(id, model, redirect, "Strategy discussion recorded.", null, Map.of(), dateErrors,
                () -> cases.recordStrategyDiscussion(currentActor.get(), id, held, decision, notes,
                        attendees(names, agencies, roles)));
    }

    @PostMapping("/cases/{id}/section-47")
    String section47(@PathVariable CaseId id, @RequestParam(required = false) String conferenceNeeded,
                     @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", CasePage.entered("conferenceNeeded", conferenceNeeded, "s47-summary", summary));
        // Anything but yes or no is no answer, which the service refuses once it knows the worker may change the case.
        Boolean answer = "yes".equals(conferenceNeeded) ? Boolean.TRUE : "no".equals(conferenceNeeded) ? Boolean.FALSE
                : null;
        return page.act(id, model, redirect, "Section 47 enquiry completed.", Map.of("summary", "s47-summary"),
                () -> cases.completeSection47(currentActor.get(), id, answer, summary));
    }

    @PostMapping("/cases/{id}/conference")
    String conference(@PathVariable CaseId id, @RequestParam Map<String, String> form,
                      @RequestParam(required = false) String planMade, @RequestParam(required = false) String notes,
                      Model model, RedirectAttributes redirect) {
        DateInput heldOn = DateInput.from(form, "conference-heldOn", "Date held");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate held = heldOn.parse(dateErrors);
        model.addAttribute("entered", CasePage.entered(heldOn.entered(), "planMade", planMade));
        return page.act(id, model, redirect, "Conference recorded.", null, Map.of("heldOn", "conference-heldOn"),
                dateErrors, () -> cases.recordConference(currentActor.get(), id, held, "yes".equals(planMade), notes));
    }

    @PostMapping("/cases/{id}/actions")
    String addAction(@PathVariable CaseId id, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes redirect) {
        DateInput dueOn = DateInput.from(form, "dueOn", "Due date");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate due = dueOn.parse(dateErrors);
        model.addAttribute("entered", CasePage.entered(dueOn.entered(), "description", form.get("description"),
                "owner", form.get("owner"), "action-plan", form.get("action-plan")));
        return page.act(id, model, redirect, "Action added.", null, Map.of("plan", "action-plan"), dateErrors,
                () -> cases.addAction(currentActor.get(), id, form.get("description"), userId(form.get("owner")),
                        due, uuid(form.get("action-plan"))));
    }

    @PostMapping("/cases/{id}/actions/{actionId}/completion")
    String completeAction(@PathVariable CaseId id, @PathVariable UUID actionId,
                          @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        return page.act(id, model, redirect, "Action done.", returnTo, Map.of(), List.of(),
                () -> cases.completeAction(currentActor.get(), id, actionId));
    }

    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable CaseId id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", CasePage.entered("outcome", outcome, "closure-summary", summary));
        return page.act(id, model, redirect, "Case closed. The referrer has been told the outcome.",
                Map.of("summary", "closure-summary"), () -> cases.close(currentActor.get(), id, outcome, summary));
    }

    /** Not a user's id is no owner, which the service refuses once it knows the user may add an action. */
    private static UserId userId(String text) {
        try {
            return text == null || text.isBlank() ? null : UserId.of(text.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** No plan chosen, or not a plan's id, is no plan. */
    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
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
