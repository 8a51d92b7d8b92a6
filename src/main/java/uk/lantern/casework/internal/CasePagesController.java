package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import uk.lantern.casework.CaseNoteKind;
import uk.lantern.casework.CaseNotes;
import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CasePlans;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.CaseloadView;
import uk.lantern.casework.Caseloads;
import uk.lantern.casework.Cases;
import uk.lantern.casework.NewCaseNote;
import uk.lantern.casework.StrategyDecision;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;
import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;

/** Case pages: the work list, a case with a form for each step, and the chronology. */
@Controller
class CasePagesController {

    private static final int ATTENDEE_ROWS = 4;

    /** A choice in a select or radios, for the GOV.UK field fragments. */
    record Option(String value, String label) {
    }

    private static final List<Option> NOTE_KINDS = Arrays.stream(CaseNoteKind.values())
            .map(kind -> new Option(kind.name(), kind.label())).toList();
    private static final List<Option> PLAN_KINDS = Arrays.stream(CasePlanKind.values())
            .map(kind -> new Option(kind.name(), kind.label())).toList();
    private static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));
    private static final String CASELOAD = "caseload";

    private final Cases cases;
    private final CaseNotes notes;
    private final CasePlans plans;
    private final Caseloads caseloads;
    private final LanguageCheck languageCheck;
    private final CurrentActor currentActor;
    private final Directory directory;

    CasePagesController(Cases cases, CaseNotes notes, CasePlans plans, Caseloads caseloads,
                        LanguageCheck languageCheck, CurrentActor currentActor, Directory directory) {
        this.cases = cases;
        this.notes = notes;
        this.plans = plans;
        this.caseloads = caseloads;
        this.languageCheck = languageCheck;
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
    String assign(@PathVariable CaseId id, @RequestParam(required = false) String worker,
                  @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("worker", worker));
        // No choice, or not a user's id, is no worker, which the service refuses once it knows the user may assign.
        UserId chosen;
        try {
            chosen = UserId.of(worker == null ? "" : worker);
        } catch (IllegalArgumentException notAnId) {
            chosen = null;
        }
        UserId assignee = chosen;
        return act(id, model, redirect, "Case assigned. The social worker has been told.", returnTo, Map.of(),
                List.of(), () -> cases.assign(currentActor.get(), id, assignee));
    }

    @PostMapping("/cases/{id}/assessment")
    String assessment(@PathVariable CaseId id, @RequestParam(required = false) String summary,
                      @RequestParam(required = false) List<String> factors, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("summary", summary, "factors", factors == null ? List.of() : factors));
        return act(id, model, redirect, "Assessment completed.",
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
        model.addAttribute("entered", entered(heldOn.entered(), "decision", decision, "notes", notes));
        model.addAttribute("attendeeRows", attendeeRows(attendees(names, agencies, roles)));
        return act(id, model, redirect, "Strategy discussion recorded.", null, Map.of(), dateErrors,
                () -> cases.recordStrategyDiscussion(currentActor.get(), id, held, decision, notes,
                        attendees(names, agencies, roles)));
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
    String conference(@PathVariable CaseId id, @RequestParam Map<String, String> form,
                      @RequestParam(required = false) String planMade, @RequestParam(required = false) String notes,
                      Model model, RedirectAttributes redirect) {
        DateInput heldOn = DateInput.from(form, "conference-heldOn", "Date held");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate held = heldOn.parse(dateErrors);
        model.addAttribute("entered", entered(heldOn.entered(), "planMade", planMade));
        return act(id, model, redirect, "Conference recorded.", null, Map.of("heldOn", "conference-heldOn"),
                dateErrors, () -> cases.recordConference(currentActor.get(), id, held, "yes".equals(planMade), notes));
    }

    @PostMapping("/cases/{id}/actions")
    String addAction(@PathVariable CaseId id, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes redirect) {
        DateInput dueOn = DateInput.from(form, "dueOn", "Due date");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate due = dueOn.parse(dateErrors);
        model.addAttribute("entered", entered(dueOn.entered(), "description", form.get("description"),
                "owner", form.get("owner"), "action-plan", form.get("action-plan")));
        return act(id, model, redirect, "Action added.", null, Map.of("plan", "action-plan"), dateErrors,
                () -> cases.addAction(currentActor.get(), id, form.get("description"), userId(form.get("owner")),
                        due, uuid(form.get("action-plan"))));
    }

    @PostMapping("/cases/{id}/actions/{actionId}/completion")
    String completeAction(@PathVariable CaseId id, @PathVariable UUID actionId,
                          @RequestParam(required = false) String returnTo, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "Action done.", returnTo, Map.of(), List.of(),
                () -> cases.completeAction(currentActor.get(), id, actionId));
    }

    /**
     * Records a note, visit or contact. Its wording is checked first, as a referral's is: the author sees the
     * suggestions once and then decides, changing the words or recording them as written.
     */
    @PostMapping("/cases/{id}/notes")
    String recordNote(@PathVariable CaseId id, @RequestParam Map<String, String> form, Model model,
                      RedirectAttributes redirect) {
        DateInput occurredOn = DateInput.from(form, "occurredOn", "Date");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate occurred = occurredOn.parse(dateErrors);
        model.addAttribute("entered", entered(occurredOn.entered(), "note-kind", form.get("note-kind"),
                "note-withWhom", form.get("note-withWhom"), "seenAlone", form.get("seenAlone"),
                "note-text", form.get("note-text")));
        List<LanguageFinding> findings = languageCheck.check(form.get("note-text"));
        if (!findings.isEmpty() && !"true".equals(form.get("wordingReviewed"))) {
            model.addAttribute("languageFindings", findings);
            return casePage(model, cases.read(currentActor.get(), id, "Checking the wording of a case note"),
                    dateErrors);
        }
        Boolean seenAlone = "yes".equals(form.get("seenAlone")) ? Boolean.TRUE
                : "no".equals(form.get("seenAlone")) ? Boolean.FALSE : null;
        return act(id, model, redirect, "Recorded.", null, Map.of("kind", "note-kind", "withWhom", "note-withWhom",
                "text", "note-text"), dateErrors, () -> notes.record(currentActor.get(), id, new NewCaseNote(
                        form.get("note-kind"), occurred, form.get("note-withWhom"), seenAlone, form.get("note-text"))));
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
        model.addAttribute("entered", entered(entered, "plan-kind", form.get("plan-kind"), "plan-summary",
                form.get("plan-summary")));
        return act(id, model, redirect, "Plan started.", null, Map.of("kind", "plan-kind", "summary", "plan-summary",
                "startedOn", "plan-startedOn", "nextReviewOn", "plan-nextReviewOn"), dateErrors,
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
        model.addAttribute("entered", entered(entered, prefix + "summary", form.get(prefix + "summary")));
        return act(id, model, redirect, "Plan review recorded.", null, Map.of("heldOn", prefix + "heldOn",
                "summary", prefix + "summary", "nextReviewOn", prefix + "nextReviewOn"), dateErrors,
                () -> plans.review(currentActor.get(), id, planId, held, form.get(prefix + "summary"), next));
    }

    @PostMapping("/cases/{id}/plans/{planId}/end")
    String endPlan(@PathVariable CaseId id, @PathVariable UUID planId,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        String field = "end-" + planId + "-reason";
        model.addAttribute("entered", entered(Map.of(), field, reason));
        return act(id, model, redirect, "Plan ended.", null, Map.of("reason", field), List.of(),
                () -> plans.end(currentActor.get(), id, planId, reason));
    }

    @PostMapping("/cases/{id}/closure")
    String close(@PathVariable CaseId id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String summary, Model model, RedirectAttributes redirect) {
        model.addAttribute("entered", entered("outcome", outcome, "closure-summary", summary));
        return act(id, model, redirect, "Case closed. The referrer has been told the outcome.",
                Map.of("summary", "closure-summary"), () -> cases.close(currentActor.get(), id, outcome, summary));
    }

    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice, Supplier<?> step) {
        return act(id, model, redirect, notice, Map.of(), step);
    }

    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice,
                       Map<String, String> fieldIds, Supplier<?> step) {
        return act(id, model, redirect, notice, null, fieldIds, List.of(), step);
    }

    /**
     * Runs a step and shows the case again (or the caseload, when the step was taken from it), with a notice or with
     * the step's errors. Several forms on the case page have a field of the same name (each a "summary", say), so
     * each form's field has its own element id, and fieldIds renames the step's errors to those ids for the error
     * summary to link to the field on the right form.
     *
     * <p>A date that is not a real date reaches the step as no date, which every step refuses, since each date on
     * the case page is required; its error here, which says what is wrong with what was typed, replaces the step's.
     */
    private String act(CaseId id, Model model, RedirectAttributes redirect, String notice, String returnTo,
                       Map<String, String> fieldIds, List<FieldError> dateErrors, Supplier<?> step) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            return CASELOAD.equals(returnTo) ? "redirect:/cases" : "redirect:/cases/" + id;
        } catch (InvalidInputException invalid) {
            List<FieldError> errors = new ArrayList<>(dateErrors);
            invalid.errors().stream()
                    .map(error -> new FieldError(fieldIds.getOrDefault(error.field(), error.field()),
                            error.message()))
                    .filter(error -> dateErrors.stream().noneMatch(date -> date.field().equals(error.field())))
                    .forEach(errors::add);
            return casePage(model, cases.read(currentActor.get(), id, "Correcting a case step"), errors);
        }
    }

    /**
     * What was entered on a form, by element id, to show again with its errors so that nobody has to type it twice.
     * Only a page shown with errors uses it: after a redirect, the model is not passed on.
     */
    private static Map<String, Object> entered(Object... idsAndValues) {
        return entered(Map.of(), idsAndValues);
    }

    /** What was entered, with the parts of the date inputs already read. */
    private static Map<String, Object> entered(Map<String, Object> dates, Object... idsAndValues) {
        Map<String, Object> entered = new HashMap<>(dates);
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
        model.addAttribute("noteKinds", NOTE_KINDS);
        model.addAttribute("planKinds", PLAN_KINDS);
        model.addAttribute("yesNo", YES_NO);
        boolean changes = model.getAttribute("open") == Boolean.TRUE && actor.can(Capability.WORK_CASES);
        // Only someone who may add an action is shown who may own one, a read of the case that is logged.
        List<Option> owners = new ArrayList<>(List.of(new Option("", "Choose who owns the action")));
        if (changes) {
            cases.actionOwners(actor, caseView.id()).forEach(owner -> owners.add(new Option(owner.id().toString(),
                    owner.displayName() + ", " + owner.agencyName())));
        }
        model.addAttribute("owners", owners);
        List<Option> activePlans = new ArrayList<>(List.of(new Option("", "Not part of a plan")));
        caseView.plans().stream().filter(CasePlanView::active)
                .forEach(plan -> activePlans.add(new Option(plan.id().toString(), plan.kind().label())));
        model.addAttribute("activePlans", activePlans);
        return "case/case";
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
