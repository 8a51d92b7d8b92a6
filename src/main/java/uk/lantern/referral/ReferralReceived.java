package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildId;

/**
 * A referral that has come in: typed by a practitioner or received from another system. Published in
 * {@link ReferralsReceived}.
 *
 * @param referringAgency the agency that made the referral, not the front door that owns it
 */
public record ReferralReceived(ReferralId referralId, String reference, List<ChildId> children,
                               AgencyId referringAgency, boolean cseConcern, Instant receivedAt) {

    public ReferralReceived {
        children = List.copyOf(children);
    }
}
