package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
        model.addAttribute("cases", cases.workList(currentActor.get()));
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
        return act(id, model, redirect, "Case assigned.", () -> {
            UserId chosen;
            try {
                chosen = UserId.of(worker == null ? "" : worker);
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidInputException("worker", "Choose a social worker");
            }
            return cases.assign(currentActor.get(), id, chosen);
        });
    }

    @PostMapping("/cases/{id}/assessment")
    String assessment(@PathVariable CaseId id, @RequestParam(required = false) String summary,
                      @RequestParam(required = false) List<String> factors, Model model, RedirectAttributes redirect) {
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
        return act(id, model, redirect, "Strategy discussion recorded.", () -> cases.recordStrategyDiscussion(
                currentActor.get(), id, date(heldOn, "heldOn"), decision, notes, attendees(names, agencies, roles)));
    }

    @PostMapping("/cases/{id}/section-47")
    String section47(@PathVariable CaseId id, @RequestParam(required = false) String conferenceNeeded,
                     @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Section 47 enquiry completed.", () -> cases.completeSection47(
                currentActor.get(), id, "yes".equals(conferenceNeeded), summary));
    }

    @PostMapping("/cases/{id}/conference")
    String conference(@PathVariable CaseId id, @RequestParam(required = false) String heldOn,
                      @RequestParam(required = false) String planMade, @RequestParam(required = false) String notes,
                      Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Conference recorded.", () -> cases.recordConference(currentActor.get(), id,
                date(heldOn, "heldOn"), "yes".equals(planMade), notes));
    }

    @PostMapping("/cases/{id}/actions")
    String addAction(@PathVariable CaseId id, @RequestParam(required = false) String description,
                     @RequestParam(required = false) String owner, @RequestParam(required = false) String dueOn,
                     Model model, RedirectAttributes redirect) {
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
        return act(id, model, redirect, "Case closed. The referrer has been told the outcome.",
                () -> cases.close(currentActor.get(), id, outcome, summary));
    }

    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice, Supplier<CaseView> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/cases/" + id;
        } catch (InvalidInputException invalid) {
            return casePage(model, cases.read(currentActor.get(), id, "Correcting a case step"), invalid.errors());
        }
    }

    private String casePage(Model model, CaseView caseView, List<InvalidInputException.FieldError> errors) {
        Actor actor = currentActor.get();
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
