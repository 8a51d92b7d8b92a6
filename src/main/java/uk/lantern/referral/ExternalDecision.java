package uk.lantern.referral;

import java.time.Instant;

/** A decision on a referral made in another system, at the time it was made, with where it came from. */
public record ExternalDecision(ReferralId referral, DecisionOutcome outcome, String reasons, String decidedBy,
                               Instant decidedAt, String sourceSystem, String sourceId) {
}
