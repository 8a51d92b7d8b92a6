package uk.lantern.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.lantern.deadline.DeadlineView;
import uk.lantern.people.ChildView;
import uk.lantern.referral.ReferralId;

/**
 * A case with its steps, clocks, actions, notes and plans. {@code closureBlockers} lists what must happen before the
 * case may close (empty when it may, or once it is closed).
 */
public record CaseView(CaseId id, String reference, ReferralId referralId, List<ChildView> children, String areaCode,
                       String owningTeam, CaseStatus status, Instant openedAt, String assignedWorker,
                       String reviewReason, Assessment assessment, List<StrategyDiscussion> strategyDiscussions,
                       Section47 section47, Conference conference, List<Action> actions,
                       List<CaseNoteView> notes, List<CasePlanView> plans, CaseOutcome outcome,
                       String closureSummary, Instant closedAt, List<DeadlineView> deadlines,
                       List<String> closureBlockers) {

    /** Whether the case may close now; otherwise {@code closureBlockers} says what must happen first. */
    public boolean canClose() {
        return status == CaseStatus.OPEN && closureBlockers.isEmpty();
    }

    public record Assessment(Instant dueAt, Instant completedAt, String summary, List<AssessmentFactor> factors) {
    }

    public record StrategyDiscussion(UUID id, Instant heldAt, StrategyDecision decision, String notes,
                                     List<Attendee> attendees, String recordedBy) {
    }

    public record Section47(Instant startedAt, Instant completedAt, String outcome, String summary) {
    }

    public record Conference(Instant dueAt, Instant heldAt, String outcome, String notes) {
    }

    /** An action; {@code planId} names the plan it belongs to, if any. */
    public record Action(UUID id, String description, String owner, UUID planId, Instant dueAt,
                         Instant completedAt) {
    }
}
