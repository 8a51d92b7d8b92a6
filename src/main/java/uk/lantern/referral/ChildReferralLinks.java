package uk.lantern.referral;

import java.util.Set;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.UserId;

/** The people who referred a child and the agencies involved through those referrals. */
public record ChildReferralLinks(Set<UserId> referrers, Set<AgencyId> agencies) {
}
