package uk.lantern.referral;

import java.time.Instant;

/**
 * A decision on a referral.
 *
 * @param signOff NOT_NEEDED, PENDING (awaiting a manager), APPROVED, or REPLACED (a manager decided otherwise)
 */
public record DecisionView(DecisionOutcome outcome, String reasons, String decidedBy, Instant decidedAt,
                           String signOff, String signedOffBy, Instant signedOffAt, String signOffNote) {
}
