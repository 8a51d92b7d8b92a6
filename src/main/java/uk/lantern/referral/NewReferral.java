package uk.lantern.referral;

import java.util.List;

import uk.lantern.people.ChildInput;

/**
 * A concern raised by a signed-in practitioner, as typed. The referrer and their agency come from who is signed in.
 *
 * @param children the child or children, with at least a name; each child's area defaults to the referrer's
 *     local authority
 * @param cseConcern whether the referrer is worried about child sexual exploitation
 * @param indicators CSE indicator codes from the current indicator set
 * @param urgency an {@link Urgency} name
 * @param lawfulBasis a {@link LawfulBasis} name; defaults to PUBLIC_TASK
 * @param contact how the triage team can reach the referrer, such as a phone number
 */
public record NewReferral(List<ChildInput> children, String concern, Boolean cseConcern, List<String> indicators,
                          String urgency, String lawfulBasis, String contact) {
}
