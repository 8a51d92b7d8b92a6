package uk.lantern.referral;

import java.util.Collection;
import java.util.List;

import uk.lantern.deadline.EscalationView;
import uk.lantern.identity.Actor;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildId;

/**
 * Referrals from intake to outcome. Every method applies the access policy and writes its ledger entries in the
 * same transaction; bad input raises {@link uk.lantern.identity.InvalidInputException} naming each field, and a
 * refused actor gets {@link uk.lantern.identity.AccessRefusedException}.
 */
public interface Referrals {

    /** Raises a concern for a signed-in practitioner and returns the acknowledgement. */
    ReferralReceipt submit(Actor referrer, NewReferral referral);

    /** Receives a referral from another system; idempotence on (sourceSystem, sourceId) is the caller's. */
    ReferralReceipt receive(LedgerActor by, ExternalReferral referral);

    /**
     * Receives many referrals from other systems in the caller's transaction, exactly as {@link #receive} would one
     * by one (validation, screening, routing, decision clocks, ledger entries, notices and events), with a few
     * batched statements. Validation errors name the referral by its place in the list, as in
     * {@code [3].indicators}.
     *
     * @return the receipts, in the order given
     */
    List<ReferralReceipt> receiveAll(LedgerActor by, List<ExternalReferral> referrals);

    /** Reads a referral; the read is logged with its purpose. */
    ReferralView read(Actor reader, ReferralId id, String purpose);

    /** The referrer's own referrals, newest first; the referrals shown are logged as read. */
    List<ReferralSummary> mine(Actor referrer);

    /**
     * The front-door queue of the actor's area: the undecided referrals they may read, most urgent first, then
     * oldest first; the referrals shown are logged as read.
     */
    List<ReferralSummary> queue(Actor triage);

    /** The front-door queue as {@link #queue(Actor)}, cut and ordered as the filter says; only what is shown is logged. */
    List<ReferralSummary> queue(Actor triage, TriageQueueFilter filter);

    /** NFA decisions on CSE concerns awaiting the manager's sign-off; the referrals shown are logged as read. */
    List<ReferralSummary> awaitingSignOff(Actor manager);

    ReferralView decide(Actor decider, ReferralId id, NewDecision decision);

    /** Records a decision made in another system at the time it was made. */
    void recordExternalDecision(LedgerActor by, ReferralId id, DecisionOutcome outcome, String reasons,
                                String decidedBy, java.time.Instant decidedAt, String sourceSystem, String sourceId);

    /**
     * Records many decisions made in other systems in the caller's transaction, exactly as
     * {@link #recordExternalDecision} would one by one, with a few batched statements. Validation errors name the
     * decision by its place in the list, as in {@code [3].referral}.
     */
    void recordExternalDecisions(LedgerActor by, List<ExternalDecision> decisions);

    ReferralView signOff(Actor manager, ReferralId id, SignOff signOff);

    /** The referrer escalates a referral that has passed its decision deadline without a decision. */
    EscalationView escalate(Actor referrer, ReferralId id, String reason);

    /**
     * Records a practitioner's professional judgement over the advisory CSE screening: the level they set, their
     * narrative and reason. The computed level is kept beside it.
     */
    ReferralView overrideScreening(Actor practitioner, ReferralId id, String level, String narrative, String reason);

    /** Who referred a child and which agencies have been involved, for the access policy on the child's record. */
    /**
     * Sends a referral closed with "no further action" back to the front door for a new decision, with the reason
     * (for example new intelligence about the child). The decision clock starts again.
     *
     * @throws uk.lantern.identity.InvalidInputException when the referral is not closed with no further action, or
     *     the reason is missing
     */
    ReferralView reopen(LedgerActor by, ReferralId id, String reason);

    ChildReferralLinks linksOf(uk.lantern.people.ChildId child);

    /** Records the outcome when the case that came from the referral closes; the referrer is told. */
    void recordOutcome(LedgerActor by, ReferralId id, String outcome);

    /**
     * Every referral about any of the children, newest first, once each, with the access it needs. Nothing is shown or
     * logged here: the caller keeps only what the viewer may read and logs what it shows.
     */
    List<ReferralAboutChild> aboutChildren(Collection<ChildId> children);
}
