package uk.lantern.casework.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CaseView;
import uk.lantern.identity.InvalidInputException.FieldError;

/**
 * When a case may close (docs/decisions/0033-casework-closure-rule.md): its assessment is complete, no section 47
 * enquiry or initial conference is outstanding, every action is done and every plan has ended. Each thing still in
 * the way is one problem, named for the field the API reports it on, in the words the case page shows.
 */
final class ClosureRule {

    private ClosureRule() {
    }

    static List<FieldError> problems(CaseView.Assessment assessment, CaseView.Section47 section47,
                                     CaseView.Conference conference, List<CaseView.Action> actions,
                                     List<CasePlanView> plans) {
        List<FieldError> problems = new ArrayList<>();
        if (assessment == null || assessment.completedAt() == null) {
            problems.add(new FieldError("assessment", "Complete the assessment"));
        }
        if (section47 != null && section47.completedAt() == null) {
            problems.add(new FieldError("section47", "Complete the section 47 enquiry"));
        }
        // A conference row exists once an enquiry starts; completing the enquiry with no conference needed stops
        // its clock, which the outcome records.
        boolean conferenceNeeded = section47 == null || section47.completedAt() == null
                || !"NO_CONFERENCE".equals(section47.outcome());
        if (conference != null && conference.heldAt() == null && conferenceNeeded) {
            problems.add(new FieldError("conference", "Record the initial child protection conference"));
        }
        long open = actions.stream().filter(action -> action.completedAt() == null).count();
        if (open > 0) {
            problems.add(new FieldError("actions", open == 1 ? "Finish the open action"
                    : "Finish the " + open + " open actions"));
        }
        plans.stream().filter(CasePlanView::active).forEach(plan -> problems.add(
                new FieldError("plans", "End the " + plan.kind().label().toLowerCase())));
        return List.copyOf(problems);
    }
}
