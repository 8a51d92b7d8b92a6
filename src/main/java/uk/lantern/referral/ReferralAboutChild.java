package uk.lantern.referral;

import java.time.Instant;

import uk.lantern.identity.ProtectedRecord;
import uk.lantern.people.ChildId;
import uk.lantern.risk.ScreeningLevel;

/**
 * A referral about a child, as another module lists it beside the child's other records: what was decided and how it
 * was screened, with what the access policy needs to decide whether the viewer may see it.
 *
 * @param outcome the decision in force; null while undecided
 * @param overrideLevel the level a practitioner set over the screening; null when the screening stands
 */
public record ReferralAboutChild(ProtectedRecord access, ReferralId id, String reference, ChildId child,
                                 Instant receivedAt, String referrerAgency, String owningAgency,
                                 ReferralStatus status, DecisionOutcome outcome, Instant decidedAt,
                                 boolean cseConcern, ScreeningLevel screeningLevel, ScreeningLevel overrideLevel) {
}
