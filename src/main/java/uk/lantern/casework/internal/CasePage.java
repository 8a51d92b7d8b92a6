package uk.lantern.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.casework.AssessmentFactor;
import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNoteKind;
import uk.lantern.casework.CaseOutcome;
import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CaseStatus;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.StrategyDecision;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.Role;

/**
 * The case page, which every form on it comes back to: shown with what it needs for each form, and the way each
 * step runs from it (a notice after a redirect, or the page again with the step's errors and what was entered).
 */
@Component
class CasePage {

    /** A choice in a select or radios, for the GOV.UK field fragments. */
    record Option(String value, String label) {
    }

    /** What {@code returnTo} says when a step was taken from the caseload, which the step then goes back to. */
    static final String CASELOAD = "caseload";

    private static final int ATTENDEE_ROWS = 4;
    private static final List<Option> NOTE_KINDS = Arrays.stream(CaseNoteKind.values())
            .map(kind -> new Option(kind.name(), kind.label())).toList();
    private static final List<Option> PLAN_KINDS = Arrays.stream(CasePlanKind.values())
            .map(kind -> new Option(kind.name(), kind.label())).toList();
    private static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));

    private final Cases cases;
    private final CurrentActor currentActor;
    private final Directory directory;

    CasePage(Cases cases, CurrentActor currentActor, Directory directory) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.directory = directory;
    }

    String act(CaseId id, Model model, RedirectAttributes redirect, String notice, Supplier<?> step) {
        return act(id, model, redirect, notice, Map.of(), step);
    }

    String act(CaseId id, Model model, RedirectAttributes redirect, String notice, Map<String, String> fieldIds,
               Supplier<?> step) {
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
    String act(CaseId id, Model model, RedirectAttributes redirect, String notice, String returnTo,
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
            return show(model, cases.read(currentActor.get(), id, "Correcting a case step"), errors);
        }
    }

    /**
     * What was entered on a form, by element id, to show again with its errors so that nobody has to type it twice.
     * Only a page shown with errors uses it: after a redirect, the model is not passed on.
     */
    static Map<String, Object> entered(Object... idsAndValues) {
        return entered(Map.of(), idsAndValues);
    }

    /** What was entered, with the parts of the date inputs already read. */
    static Map<String, Object> entered(Map<String, Object> dates, Object... idsAndValues) {
        Map<String, Object> entered = new HashMap<>(dates);
        for (int i = 0; i < idsAndValues.length; i += 2) {
            entered.put((String) idsAndValues[i], idsAndValues[i + 1]);
        }
        return entered;
    }

    /** The strategy discussion form's rows of attendees: those entered, then empty rows up to four. */
    static List<Attendee> attendeeRows(List<Attendee> entered) {
        List<Attendee> rows = new ArrayList<>(entered);
        while (rows.size() < ATTENDEE_ROWS) {
            rows.add(new Attendee(null, null, null));
        }
        return rows;
    }

    String show(Model model, CaseView caseView, List<FieldError> errors) {
        Actor actor = currentActor.get();
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        if (!model.containsAttribute("attendeeRows")) {
            model.addAttribute("attendeeRows", attendeeRows(List.of()));
        }
        boolean open = caseView.status() == CaseStatus.OPEN;
        model.addAttribute("case", caseView);
        model.addAttribute("errors", errors);
        model.addAttribute("open", open);
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
        // Only someone who may add an action is shown who may own one, a read of the case that is logged.
        List<Option> owners = new ArrayList<>(List.of(new Option("", "Choose who owns the action")));
        if (open && actor.can(Capability.WORK_CASES)) {
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
}
