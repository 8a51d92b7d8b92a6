package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildId;

/**
 * Published, inside the receiving transaction, when a referral comes in: typed by a practitioner or received from
 * another system. Other modules react, for example by sending a closed case about the same child back for review.
 *
 * @param referringAgency the agency that made the referral, not the front door that owns it
 */
public record ReferralReceived(ReferralId referralId, String reference, List<ChildId> children,
                               AgencyId referringAgency, boolean cseConcern, Instant receivedAt) {

    public ReferralReceived {
        children = List.copyOf(children);
    }
}
