package uk.lantern.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.ExternalDecision;
import uk.lantern.referral.NewDecision;
import uk.lantern.referral.ReferralDecided;
import uk.lantern.referral.ReferralsDecided;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.SignOff;

/**
 * Front-door decisions. "No further action" on a CSE concern waits for a manager, who approves it or replaces it;
 * every other decision is final at once and is announced with {@link ReferralDecided}.
 */
@Component
class ReferralDecisions {

    static final int MAX_REASONS = 10_000;
    static final int MAX_NOTE = 4_000;

    private final ReferralRepository referrals;
    private final AccessPolicy accessPolicy;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleProperties timescales;
    private final ApplicationEventPublisher events;
    private final ReferralNotices notices;
    private final Ledger ledger;
    private final Clock clock;

    ReferralDecisions(ReferralRepository referrals, AccessPolicy accessPolicy, Deadlines deadlines,
                      WorkingDayCalendar calendar, TimescaleProperties timescales, ApplicationEventPublisher events,
                      ReferralNotices notices, Ledger ledger, Clock clock) {
        this.notices = notices;
        this.referrals = referrals;
        this.accessPolicy = accessPolicy;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    void decide(Actor decider, ReferralId id, NewDecision decision) {
        StoredReferral referral = lockedForChange(decider, id, Capability.DECIDE_REFERRALS);
        if (referral.status() != ReferralStatus.AWAITING_DECISION) {
            throw new InvalidInputException("outcome", "This referral has already been decided");
        }
        List<FieldError> errors = new ArrayList<>();
        DecisionOutcome outcome = ReferralIntake.parse(DecisionOutcome.class, decision.outcome(), "outcome",
                "Select a decision", errors);
        String reasons = text(decision.reasons(), "reasons", "Give the reasons for the decision", MAX_REASONS,
                errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        boolean needsSignOff = outcome == DecisionOutcome.NO_FURTHER_ACTION && referral.cseConcern();
        referrals.insertDecision(id, outcome, reasons, decider.displayName(), decider.userId(), now,
                needsSignOff ? "PENDING" : "NOT_NEEDED", null, null);
        deadlines.meet(decider, ReferralAccess.RECORD_TYPE, id.toString(), DeadlineKind.REFERRAL_DECISION);
        if (needsSignOff) {
            referrals.updateStatus(id, ReferralStatus.AWAITING_SIGN_OFF);
            ledger.append(new LedgerRecord(decider, "REFERRAL_DECISION_AWAITING_SIGN_OFF",
                    ReferralAccess.RECORD_TYPE, id.toString(), Map.of("outcome", outcome.name(), "reasons", reasons)));
            deadlines.start(decider, new NewDeadline(DeadlineKind.NFA_SIGN_OFF, ReferralAccess.RECORD_TYPE,
                    id.toString(), referral.reference(), referral.owningAgency(), now,
                    calendar.addWorkingDays(now, timescales.referralDecisionWorkingDays()),
                    "/referrals/" + id));
            notices.awaitingSignOff(referral);
            return;
        }
        finalise(decider, referral, outcome, reasons, now, "REFERRAL_DECIDED", Map.of());
    }

    void signOff(Actor manager, ReferralId id, SignOff signOff) {
        StoredReferral referral = lockedForChange(manager, id, Capability.SIGN_OFF_DECISIONS);
        if (referral.status() != ReferralStatus.AWAITING_SIGN_OFF) {
            throw new InvalidInputException("approve", "This referral has no decision awaiting sign-off");
        }
        List<FieldError> errors = new ArrayList<>();
        String note = text(signOff.note(), "note", "Record why you are signing this off", MAX_NOTE, errors);
        DecisionOutcome replacement = null;
        String reasons = null;
        if (signOff.approve() == null) {
            errors.add(new FieldError("approve", "Select whether you agree that no further action is right"));
        } else if (!signOff.approve()) {
            replacement = ReferralIntake.parse(DecisionOutcome.class, signOff.outcome(), "outcome",
                    "Select the decision that replaces no further action", errors);
            if (replacement == DecisionOutcome.NO_FURTHER_ACTION) {
                errors.add(new FieldError("outcome", "To keep no further action, approve it instead"));
            }
            reasons = text(signOff.reasons(), "reasons", "Give the reasons for the new decision", MAX_REASONS,
                    errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        referrals.completeSignOff(id, signOff.approve() ? "APPROVED" : "REPLACED", manager.displayName(), note, now);
        deadlines.meet(manager, ReferralAccess.RECORD_TYPE, id.toString(), DeadlineKind.NFA_SIGN_OFF);
        if (signOff.approve()) {
            String originalReasons = referrals.currentDecision(id).orElseThrow().reasons();
            finalise(manager, referral, DecisionOutcome.NO_FURTHER_ACTION, originalReasons, now,
                    "REFERRAL_NFA_SIGNED_OFF", Map.of("note", note));
        } else {
            referrals.insertDecision(id, replacement, reasons, manager.displayName(), manager.userId(), now,
                    "NOT_NEEDED", null, null);
            finalise(manager, referral, replacement, reasons, now, "REFERRAL_NFA_REPLACED", Map.of("note", note));
        }
    }

    /**
     * Records decisions made in other systems, each as a decision typed in would be recorded (its clock met when the
     * decision was made, the referral decided, the event published), with the rows and ledger entries in batches.
     * The referrer is not told again: the system that made the decision told them at the time (decision 0031).
     */
    void recordExternal(LedgerActor by, List<ExternalDecision> external) {
        Map<ReferralId, StoredReferral> found = new HashMap<>();
        referrals.findAllForUpdate(external.stream().map(ExternalDecision::referral).distinct().toList())
                .forEach(referral -> found.put(referral.id(), referral));
        Set<ReferralId> decidedNow = new HashSet<>();
        List<StoredReferral> decided = new ArrayList<>(external.size());
        for (int i = 0; i < external.size(); i++) {
            String field = (external.size() == 1 ? "" : "[" + i + "].") + "referral";
            StoredReferral referral = found.get(external.get(i).referral());
            if (referral == null) {
                throw new InvalidInputException(field, "No referral has this id");
            }
            if (referral.status() != ReferralStatus.AWAITING_DECISION || !decidedNow.add(referral.id())) {
                throw new InvalidInputException(field, "Referral " + referral.reference() + " is already decided");
            }
            decided.add(referral);
        }
        referrals.insertDecisions(external.stream().map(decision -> new ReferralRepository.NewDecisionRow(
                decision.referral(), decision.outcome(), decision.reasons(),
                decision.decidedBy() == null ? by.actorName() : decision.decidedBy(), null, decision.decidedAt(),
                "NOT_NEEDED", decision.sourceSystem(), decision.sourceId())).toList());
        Map<String, Instant> met = new java.util.LinkedHashMap<>();
        for (int i = 0; i < external.size(); i++) {
            met.put(decided.get(i).id().toString(), external.get(i).decidedAt());
        }
        deadlines.meetAll(by, ReferralAccess.RECORD_TYPE, DeadlineKind.REFERRAL_DECISION, met);
        List<Finalised> finalised = new ArrayList<>(external.size());
        for (int i = 0; i < external.size(); i++) {
            ExternalDecision decision = external.get(i);
            finalised.add(new Finalised(decided.get(i), decision.outcome(), decision.reasons(), decision.decidedAt(),
                    "REFERRAL_DECIDED", Map.of("source", decision.sourceSystem() + "/" + decision.sourceId())));
        }
        finalise(by, finalised);
    }

    /** Supersedes the "no further action" decision and puts the referral back in the front-door queue. */
    void reopen(LedgerActor by, ReferralId id, String reason) {
        StoredReferral referral = referrals.findForUpdate(id)
                .orElseThrow(() -> new RecordNotFoundException(ReferralAccess.RECORD_TYPE));
        boolean closedWithNoFurtherAction = referral.status() == ReferralStatus.DECIDED && referrals
                .currentDecision(id).map(decision -> decision.outcome() == DecisionOutcome.NO_FURTHER_ACTION)
                .orElse(false);
        if (!closedWithNoFurtherAction) {
            throw new InvalidInputException("referral", "Referral " + referral.reference()
                    + " is not closed with no further action");
        }
        List<FieldError> errors = new ArrayList<>();
        String why = text(reason, "reason", "Give the reason for reopening", 2000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        Instant due = calendar.addWorkingDays(now, timescales.referralDecisionWorkingDays());
        referrals.supersedeDecisions(id);
        referrals.reopen(id, due);
        deadlines.restart(by, ReferralAccess.RECORD_TYPE, id.toString(), DeadlineKind.REFERRAL_DECISION, due);
        ledger.append(new LedgerRecord(by, "REFERRAL_REOPENED", ReferralAccess.RECORD_TYPE, id.toString(),
                Map.of("reason", why, "decisionDueAt", due.toString())));
    }

    /** A decision about to be finalised: the referral, what was decided, and what its ledger entry says. */
    private record Finalised(StoredReferral referral, DecisionOutcome outcome, String reasons, Instant decidedAt,
                             String action, Map<String, Object> extra) {
    }

    private void finalise(LedgerActor by, StoredReferral referral, DecisionOutcome outcome, String reasons,
                          Instant decidedAt, String action, Map<String, Object> extra) {
        finalise(by, List.of(new Finalised(referral, outcome, reasons, decidedAt, action, extra)));
        notices.decided(referral, outcome, reasons);
    }

    /** Marks referrals decided, writes their ledger entries and publishes each decision. */
    private void finalise(LedgerActor by, List<Finalised> finalised) {
        referrals.updateStatus(finalised.stream().map(decision -> decision.referral().id()).toList(),
                ReferralStatus.DECIDED);
        ledger.appendAll(finalised.stream().map(decision -> {
            Map<String, Object> payload = new java.util.LinkedHashMap<>(decision.extra());
            payload.put("outcome", decision.outcome().name());
            payload.put("reasons", decision.reasons());
            payload.put("decidedAt", decision.decidedAt().toString());
            return new LedgerRecord(by, decision.action(), ReferralAccess.RECORD_TYPE,
                    decision.referral().id().toString(), payload);
        }).toList());
        events.publishEvent(new ReferralsDecided(finalised.stream().map(decision -> {
            StoredReferral referral = decision.referral();
            return new ReferralDecided(referral.id(), referral.reference(), decision.outcome(), decision.reasons(),
                    referral.children(), referral.areaCode(), referral.owningAgency(), referral.cseConcern(),
                    referral.receivedAt(), decision.decidedAt());
        }).toList()));
    }

    private StoredReferral lockedForChange(Actor actor, ReferralId id, Capability needed) {
        StoredReferral referral = referrals.findForUpdate(id)
                .orElseThrow(() -> new RecordNotFoundException(ReferralAccess.RECORD_TYPE));
        if (!actor.can(needed)) {
            throw new AccessRefusedException(ReferralAccess.protectedRecord(referral).ref(), false);
        }
        accessPolicy.authoriseChange(actor, ReferralAccess.protectedRecord(referral));
        return referral;
    }

    private static String text(String value, String field, String missing, int max, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (trimmed.length() > max) {
            errors.add(new FieldError(field, "Must be " + max + " characters or fewer"));
        }
        return trimmed;
    }
}
