package uk.lantern.referral;

/**
 * A manager's answer to a "no further action" decision on a CSE concern: approve it, or replace it with another
 * outcome and reasons. {@code approve} is null when the manager has not answered.
 */
public record SignOff(Boolean approve, String note, String outcome, String reasons) {
}
