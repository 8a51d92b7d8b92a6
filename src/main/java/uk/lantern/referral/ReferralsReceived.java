package uk.lantern.referral;

import java.util.List;

/**
 * Published, inside the receiving transaction, when referrals come in: one typed by a practitioner, or a batch
 * received from another system. Other modules react, for example by sending a closed case about the same child back
 * for review, and write what follows as sets.
 */
public record ReferralsReceived(List<ReferralReceived> referrals) {

    public ReferralsReceived {
        referrals = List.copyOf(referrals);
    }
}
