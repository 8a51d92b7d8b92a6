package uk.lantern.referral;

import java.util.List;

/**
 * Published, inside the deciding transaction, when referrals' decisions become final: one decision typed in, or a
 * batch of decisions imported together, so that listeners can write what follows from them as sets.
 */
public record ReferralsDecided(List<ReferralDecided> decisions) {

    public ReferralsDecided {
        decisions = List.copyOf(decisions);
    }
}
