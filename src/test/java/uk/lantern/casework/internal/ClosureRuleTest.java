package uk.lantern.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CaseView;
import uk.lantern.identity.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class ClosureRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00Z");
    private static final CaseView.Assessment DONE = new CaseView.Assessment(NOW, NOW, "Done.", List.of());
    private static final CaseView.Assessment OPEN = new CaseView.Assessment(NOW, null, null, List.of());

    private static CaseView.Action action(Instant completedAt) {
        return new CaseView.Action(UUID.randomUUID(), "Visit", "Sam", null, NOW, completedAt);
    }

    private static CasePlanView plan(CasePlanKind kind, Instant endedAt) {
        return new CasePlanView(UUID.randomUUID(), kind, "Plan.", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
                "Sam", endedAt, null, List.of());
    }

    @Test
    void aCaseWithItsAssessmentDoneAndNothingOpenMayClose() {
        assertThat(ClosureRule.problems(DONE, null, null, List.of(action(NOW)),
                List.of(plan(CasePlanKind.SAFETY, NOW)))).isEmpty();
    }

    @Test
    void eachThingStillOpenIsNamed() {
        List<FieldError> problems = ClosureRule.problems(OPEN,
                new CaseView.Section47(NOW, null, null, null), new CaseView.Conference(NOW, null, null, null),
                List.of(action(null), action(null), action(NOW)),
                List.of(plan(CasePlanKind.CHILD_PROTECTION, null), plan(CasePlanKind.SAFETY, NOW)));
        assertThat(problems).extracting(FieldError::field)
                .containsExactly("assessment", "section47", "conference", "actions", "plans");
        assertThat(problems).extracting(FieldError::message).contains("Finish the 2 open actions",
                "End the child protection plan");
    }

    @Test
    void aConferenceTheEnquiryFoundUnneededDoesNotHoldTheCaseOpen() {
        assertThat(ClosureRule.problems(DONE, new CaseView.Section47(NOW, NOW, "NO_CONFERENCE", "None needed."),
                new CaseView.Conference(NOW, null, null, null), List.of(), List.of())).isEmpty();
        assertThat(ClosureRule.problems(DONE, new CaseView.Section47(NOW, NOW, "CONFERENCE", "Needed."),
                new CaseView.Conference(NOW, null, null, null), List.of(), List.of()))
                .extracting(FieldError::field).containsExactly("conference");
    }
}
