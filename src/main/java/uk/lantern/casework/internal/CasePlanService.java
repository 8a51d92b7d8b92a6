package uk.lantern.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CasePlanKind;
import uk.lantern.casework.CasePlanView;
import uk.lantern.casework.CasePlans;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;

import static uk.lantern.casework.internal.CaseInput.fail;
import static uk.lantern.casework.internal.CaseInput.narrativeDigest;
import static uk.lantern.casework.internal.CaseInput.notFuture;
import static uk.lantern.casework.internal.CaseInput.notPast;
import static uk.lantern.casework.internal.CaseInput.parse;
import static uk.lantern.casework.internal.CaseInput.required;
import static uk.lantern.casework.internal.CaseInput.today;

@Service
class CasePlanService implements CasePlans {

    private final CaseGate gate;
    private final CasePlanRepository plans;
    private final Ledger ledger;
    private final Clock clock;

    CasePlanService(CaseGate gate, CasePlanRepository plans, Ledger ledger, Clock clock) {
        this.gate = gate;
        this.plans = plans;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CasePlanView start(Actor worker, CaseId id, String kind, String summary, LocalDate startedOn,
                              LocalDate firstReviewOn) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today(clock);
        CasePlanKind chosen = parse(CasePlanKind.class, kind, "kind", "Select the kind of plan", errors);
        String text = required(summary, "summary", "Describe the plan", errors);
        notFuture(startedOn, today, "startedOn", "the start of the plan", errors);
        notPast(firstReviewOn, today, "nextReviewOn", "the first review", errors);
        if (chosen != null && plans.hasActive(id, chosen)) {
            errors.add(new FieldError("kind", "The case already has an active " + chosen.label().toLowerCase()
                    + ": review it or end it"));
        }
        fail(errors);
        UUID plan = plans.insert(id, chosen, text, startedOn, firstReviewOn, worker.userId());
        ledger.append(new LedgerRecord(worker, "CASE_PLAN_STARTED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("plan", plan.toString(), "kind", chosen.name(), "startedOn", startedOn.toString(),
                        "nextReviewOn", firstReviewOn.toString(), "summaryDigest", narrativeDigest(text))));
        return planOf(id, plan);
    }

    @Override
    @Transactional
    public CasePlanView review(Actor worker, CaseId id, UUID planId, LocalDate heldOn, String summary,
                               LocalDate nextReviewOn) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        activePlan(id, planId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today(clock);
        notFuture(heldOn, today, "heldOn", "the review", errors);
        String text = required(summary, "summary", "Summarise the review", errors);
        notPast(nextReviewOn, today, "nextReviewOn", "the next review", errors);
        fail(errors);
        UUID review = plans.insertReview(planId, heldOn, text, nextReviewOn, worker.userId(), clock.instant());
        ledger.append(new LedgerRecord(worker, "CASE_PLAN_REVIEWED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("plan", planId.toString(), "review", review.toString(), "heldOn", heldOn.toString(),
                        "nextReviewOn", nextReviewOn.toString(), "summaryDigest", narrativeDigest(text))));
        return planOf(id, planId);
    }

    @Override
    @Transactional
    public CasePlanView end(Actor worker, CaseId id, UUID planId, String reason) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        activePlan(id, planId);
        List<FieldError> errors = new ArrayList<>();
        String text = required(reason, "reason", "Say why the plan is ending", errors);
        fail(errors);
        plans.end(id, planId, text, clock.instant());
        ledger.append(new LedgerRecord(worker, "CASE_PLAN_ENDED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("plan", planId.toString(), "reasonDigest", narrativeDigest(text))));
        return planOf(id, planId);
    }

    @Override
    @Transactional
    public List<CasePlanView> plans(Actor reader, CaseId id) {
        gate.forRead(reader, id, "Case plans");
        return plans.of(id);
    }

    private void activePlan(CaseId id, UUID planId) {
        if (planId == null || !plans.isActive(id, planId)) {
            throw new InvalidInputException("plan", "No active plan on this case has that id");
        }
    }

    private CasePlanView planOf(CaseId id, UUID plan) {
        return plans.of(id).stream().filter(view -> view.id().equals(plan)).findFirst().orElseThrow();
    }
}
