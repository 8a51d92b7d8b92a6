package uk.lantern.referral;

import java.time.Instant;
import java.util.List;

import uk.lantern.identity.AgencyId;
import uk.lantern.people.ChildId;

/**
 * A referral that arrives from another system, already validated by the importer: the referrer is not a Lantern
 * user, so feedback goes to their email address.
 */
public record ExternalReferral(String sourceSystem, String sourceId, Instant receivedAt, String referrerName,
                               AgencyId referrerAgency, String referrerEmail, String referrerPhone,
                               List<ChildId> children, String concern, boolean cseConcern, List<String> indicators,
                               Urgency urgency, LawfulBasis lawfulBasis) {
}
