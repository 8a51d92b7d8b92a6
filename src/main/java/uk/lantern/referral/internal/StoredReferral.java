package uk.lantern.referral.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.UserId;
import uk.lantern.people.ChildId;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.Urgency;
import uk.lantern.risk.ScreeningLevel;
import uk.lantern.risk.ScreeningOverride;

/** A referral row with its children, as stored. */
record StoredReferral(ReferralId id, String reference, Instant receivedAt, UserId referrerUser, String referrerName,
                      AgencyId referrerAgency, String referrerAgencyName, String referrerEmail, String referrerPhone,
                      String areaCode, AgencyId owningAgency, String owningAgencyName, String concern,
                      boolean cseConcern, List<String> indicators, Urgency urgency, LawfulBasis lawfulBasis,
                      ReferralStatus status, Instant decisionDueAt, String outcome, Instant outcomeRecordedAt,
                      int screeningVersion, ScreeningLevel screeningLevel, ScreeningOverride override,
                      List<ChildId> children) {

    UUID key() {
        return id.value();
    }
}
