package uk.lantern.referral;

/** A triage decision as typed: a {@link DecisionOutcome} name and the reasons. */
public record NewDecision(String outcome, String reasons) {
}
