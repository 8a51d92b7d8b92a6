package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildId;

/**
 * A referral's decision that has become final: at once for most outcomes, and on a manager's sign-off for "no further
 * action" on a CSE concern. Published in {@link ReferralsDecided}.
 */
public record ReferralDecided(ReferralId referralId, String reference, DecisionOutcome outcome, String reasons,
                              List<ChildId> children, String areaCode, AgencyId owningAgency, boolean cseConcern,
                              Instant receivedAt, Instant decidedAt) {
}
