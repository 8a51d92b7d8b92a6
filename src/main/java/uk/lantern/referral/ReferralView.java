package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildView;
import uk.lantern.risk.ScreeningResult;

/** A referral as its reader may see it. */
public record ReferralView(ReferralId id, String reference, Instant receivedAt, String referrerName,
                           String referrerAgency, String referrerEmail, String referrerPhone, boolean fromLanternUser,
                           List<ChildView> children, String concern, boolean cseConcern, List<String> indicators,
                           Urgency urgency, LawfulBasis lawfulBasis, ReferralStatus status, Instant decisionDueAt,
                           String areaCode, AgencyId owningAgencyId, String owningTeam, DecisionView decision,
                           String outcome, Instant outcomeRecordedAt, ScreeningResult screening,
                           List<TimelineEntry> timeline) {

    public boolean decided() {
        return status == ReferralStatus.DECIDED || status == ReferralStatus.CLOSED;
    }
}
