package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

/** A referral in a list: the queue or "My referrals". */
public record ReferralSummary(ReferralId id, String reference, List<String> childNames, String referrerAgency,
                              Instant receivedAt, Urgency urgency, boolean cseConcern, ReferralStatus status,
                              Instant decisionDueAt, DecisionOutcome decisionOutcome, String owningTeam) {
}
