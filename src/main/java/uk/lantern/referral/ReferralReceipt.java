package uk.lantern.referral;

import java.time.Instant;

/** The acknowledgement a referrer gets at once. */
public record ReferralReceipt(ReferralId id, String reference, ReferralStatus status, Instant decisionDueAt) {
}
