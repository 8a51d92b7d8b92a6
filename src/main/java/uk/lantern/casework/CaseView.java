package uk.lantern.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.lantern.deadline.DeadlineView;
import uk.lantern.people.ChildView;
import uk.lantern.referral.ReferralId;

/** A case with its steps, clocks and actions. */
public record CaseView(CaseId id, String reference, ReferralId referralId, List<ChildView> children, String areaCode,
                       String owningTeam, CaseStatus status, Instant openedAt, String assignedWorker,
                       String reviewReason, Assessment assessment, List<StrategyDiscussion> strategyDiscussions,
                       Section47 section47, Conference conference, List<Action> actions, CaseOutcome outcome,
                       String closureSummary, Instant closedAt, List<DeadlineView> deadlines) {

    public record Assessment(Instant dueAt, Instant completedAt, String summary, List<AssessmentFactor> factors) {
    }

    public record StrategyDiscussion(UUID id, Instant heldAt, StrategyDecision decision, String notes,
                                     List<Attendee> attendees, String recordedBy) {
    }

    public record Section47(Instant startedAt, Instant completedAt, String outcome, String summary) {
    }

    public record Conference(Instant dueAt, Instant heldAt, String outcome, String notes) {
    }

    public record Action(UUID id, String description, String owner, Instant dueAt, Instant completedAt) {
    }
}
