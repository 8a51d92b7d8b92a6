package uk.lantern.referral;

/**
 * A manager's answer to a "no further action" decision on a CSE concern: approve it, or replace it with another
 * outcome and reasons.
 */
public record SignOff(boolean approve, String note, String outcome, String reasons) {
}
