package uk.lantern.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.EscalationView;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildId;
import uk.lantern.people.Children;
import uk.lantern.referral.ChildReferralLinks;
import uk.lantern.referral.DecisionOutcome;
import uk.lantern.referral.DecisionView;
import uk.lantern.referral.ExternalDecision;
import uk.lantern.referral.ExternalReferral;
import uk.lantern.referral.NewDecision;
import uk.lantern.referral.NewReferral;
import uk.lantern.referral.ReferralAboutChild;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralReceipt;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.ReferralSummary;
import uk.lantern.referral.ReferralView;
import uk.lantern.referral.Referrals;
import uk.lantern.referral.TriageQueueFilter;
import uk.lantern.referral.SignOff;
import uk.lantern.risk.CseScreening;
import uk.lantern.risk.InvalidScreeningInputException;
import uk.lantern.risk.ProtectedCharacteristics;
import uk.lantern.risk.ScreeningInput;
import uk.lantern.risk.ScreeningLevel;
import uk.lantern.risk.ScreeningOverride;
import uk.lantern.risk.ScreeningResult;

@Service
class ReferralService implements Referrals {

    private final ReferralIntake intake;
    private final ReferralDecisions decisions;
    private final ReferralRepository referrals;
    private final ReferralTimeline timeline;
    private final Children children;
    private final AccessPolicy accessPolicy;
    private final Deadlines deadlines;
    private final Areas areas;
    private final ReferralNotices notices;
    private final Ledger ledger;
    private final Clock clock;

    ReferralService(ReferralIntake intake, ReferralDecisions decisions, ReferralRepository referrals,
                    ReferralTimeline timeline, Children children, AccessPolicy accessPolicy, Deadlines deadlines,
                    Areas areas, ReferralNotices notices, Ledger ledger, Clock clock) {
        this.notices = notices;
        this.intake = intake;
        this.decisions = decisions;
        this.referrals = referrals;
        this.timeline = timeline;
        this.children = children;
        this.accessPolicy = accessPolicy;
        this.deadlines = deadlines;
        this.areas = areas;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReferralReceipt submit(Actor referrer, NewReferral referral) {
        return intake.submit(referrer, referral);
    }

    @Override
    @Transactional
    public ReferralReceipt receive(LedgerActor by, ExternalReferral referral) {
        return intake.receiveAll(by, List.of(referral)).get(0);
    }

    @Override
    @Transactional
    public List<ReferralReceipt> receiveAll(LedgerActor by, List<ExternalReferral> referrals) {
        return intake.receiveAll(by, referrals);
    }

    @Override
    @Transactional
    public ReferralView read(Actor reader, ReferralId id, String purpose) {
        StoredReferral referral = existing(id);
        accessPolicy.authoriseRead(reader, ReferralAccess.protectedRecord(referral), purpose);
        return view(referral);
    }

    @Override
    @Transactional
    public List<ReferralSummary> mine(Actor referrer) {
        return shown(referrer, "MY_REFERRALS", "My referrals", referrals.byReferrer(referrer.userId()));
    }

    /** Each order of the queue; ties go to the oldest, so the order is always the same. */
    private static final Map<TriageQueueFilter.Order, Comparator<ReferralSummary>> QUEUE_ORDERS = Map.of(
            TriageQueueFilter.Order.URGENCY, Comparator.<ReferralSummary>comparingInt(item -> item.urgency().ordinal())
                    .thenComparing(ReferralSummary::receivedAt),
            TriageQueueFilter.Order.OLDEST, Comparator.comparing(ReferralSummary::receivedAt),
            TriageQueueFilter.Order.NEWEST, Comparator.comparing(ReferralSummary::receivedAt).reversed(),
            TriageQueueFilter.Order.DUE_SOONEST, Comparator.comparing(ReferralSummary::decisionDueAt)
                    .thenComparing(ReferralSummary::receivedAt));

    @Override
    @Transactional
    public List<ReferralSummary> queue(Actor triage) {
        return queue(triage, TriageQueueFilter.EVERYTHING);
    }

    @Override
    @Transactional
    public List<ReferralSummary> queue(Actor triage, TriageQueueFilter filter) {
        if (!triage.can(Capability.DECIDE_REFERRALS)) {
            throw new AccessRefusedException(new RecordRef("TRIAGE_QUEUE", triage.areaCode()), false);
        }
        List<StoredReferral> readable = accessPolicy.readable(triage, referrals.undecidedIn(
                areas.localAuthoritiesCoveredBy(triage.areaCode())), ReferralAccess::protectedRecord);
        Instant now = clock.instant();
        List<ReferralSummary> queue = summaries(readable).stream()
                .filter(item -> !filter.cseOnly() || item.cseConcern())
                .filter(item -> !filter.overdueOnly() || (item.status() == ReferralStatus.AWAITING_DECISION
                        && item.decisionDueAt().isBefore(now)))
                .sorted(QUEUE_ORDERS.get(filter.order())).toList();
        // The queue names children, so showing it is a read of those records: one entry lists them all.
        ledger.append(new LedgerRecord(triage, "TRIAGE_QUEUE_READ", "TRIAGE_QUEUE", triage.areaCode(),
                Map.of("referrals", queue.stream().map(item -> item.id().toString()).toList())));
        return queue;
    }

    @Override
    @Transactional
    public List<ReferralSummary> awaitingSignOff(Actor manager) {
        if (!manager.can(Capability.SIGN_OFF_DECISIONS)) {
            throw new AccessRefusedException(new RecordRef("SIGN_OFF_QUEUE", manager.agencyId().toString()), false);
        }
        return shown(manager, "AWAITING_SIGN_OFF", "Decisions awaiting sign-off",
                referrals.awaitingSignOff(manager.agencyId()));
    }

    /** A list of referrals as the actor may see it, its showing logged as a read of each referral in it. */
    private List<ReferralSummary> shown(Actor actor, String list, String purpose, List<StoredReferral> stored) {
        List<StoredReferral> readable = accessPolicy.readable(actor, stored, ReferralAccess::protectedRecord);
        accessPolicy.logListRead(actor, list, purpose, readable.stream()
                .map(referral -> ReferralAccess.protectedRecord(referral).ref()).toList());
        return summaries(readable);
    }

    @Override
    @Transactional
    public ReferralView decide(Actor decider, ReferralId id, NewDecision decision) {
        decisions.decide(decider, id, decision);
        return view(existing(id));
    }

    @Override
    @Transactional
    public void recordExternalDecision(LedgerActor by, ReferralId id, DecisionOutcome outcome, String reasons,
                                       String decidedBy, Instant decidedAt, String sourceSystem, String sourceId) {
        decisions.recordExternal(by, List.of(new ExternalDecision(id, outcome, reasons, decidedBy, decidedAt,
                sourceSystem, sourceId)));
    }

    @Override
    @Transactional
    public void recordExternalDecisions(LedgerActor by, List<ExternalDecision> external) {
        decisions.recordExternal(by, external);
    }

    @Override
    @Transactional
    public ReferralView signOff(Actor manager, ReferralId id, SignOff signOff) {
        decisions.signOff(manager, id, signOff);
        return view(existing(id));
    }

    @Override
    @Transactional
    public ReferralView reopen(LedgerActor by, ReferralId id, String reason) {
        decisions.reopen(by, id, reason);
        return view(existing(id));
    }

    @Override
    @Transactional
    public EscalationView escalate(Actor referrer, ReferralId id, String reason) {
        StoredReferral referral = existing(id);
        if (!referrer.userId().equals(referral.referrerUser())) {
            throw new AccessRefusedException(ReferralAccess.protectedRecord(referral).ref(), false);
        }
        if (referral.status() != ReferralStatus.AWAITING_DECISION) {
            throw new InvalidInputException("reason", "This referral already has a decision");
        }
        return deadlines.escalateNow(referrer, ReferralAccess.RECORD_TYPE, id.toString(),
                DeadlineKind.REFERRAL_DECISION, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public ChildReferralLinks linksOf(uk.lantern.people.ChildId child) {
        return referrals.linksOf(child);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralAboutChild> aboutChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        List<StoredReferral> found = referrals.aboutChildren(children);
        Map<UUID, DecisionView> decisions = referrals.currentDecisions(found.stream().map(StoredReferral::key)
                .toList());
        // One row per referral, about the first of the children it names.
        return found.stream().map(referral -> {
            ChildId child = referral.children().stream().filter(children::contains).findFirst().orElseThrow();
            DecisionView decision = decisions.get(referral.key());
            return new ReferralAboutChild(ReferralAccess.protectedRecord(referral), referral.id(),
                    referral.reference(), child, referral.receivedAt(), referral.referrerAgencyName(),
                    referral.owningAgencyName(), referral.status(), decision == null ? null : decision.outcome(),
                    decision == null ? null : decision.decidedAt(), referral.cseConcern(), referral.screeningLevel(),
                    referral.override() == null ? null : referral.override().level());
        }).toList();
    }

    @Override
    @Transactional
    public void recordOutcome(LedgerActor by, ReferralId id, String outcome) {
        notices.outcome(existing(id), outcome);
        referrals.recordOutcome(id, outcome, clock.instant());
        ledger.append(new LedgerRecord(by, "REFERRAL_OUTCOME_RECORDED", ReferralAccess.RECORD_TYPE, id.toString(),
                Map.of("outcome", outcome)));
    }

    private StoredReferral existing(ReferralId id) {
        return referrals.find(id).orElseThrow(() -> new RecordNotFoundException(ReferralAccess.RECORD_TYPE));
    }

    private ReferralView view(StoredReferral referral) {
        return new ReferralView(referral.id(), referral.reference(), referral.receivedAt(), referral.referrerName(),
                referral.referrerAgencyName(), referral.referrerEmail(), referral.referrerPhone(),
                referral.referrerUser() != null, children.findAll(referral.children()), referral.concern(),
                referral.cseConcern(), referral.indicators(), referral.urgency(), referral.lawfulBasis(),
                referral.status(), referral.decisionDueAt(), referral.areaCode(), referral.owningAgency(),
                referral.owningAgencyName(), referrals.currentDecision(referral.id()).orElse(null),
                referral.outcome(), referral.outcomeRecordedAt(), screening(referral), timeline.of(referral.id()));
    }

    /** The stored screening, re-explained by the indicator set version that produced it, with any override. */
    private static ScreeningResult screening(StoredReferral referral) {
        ScreeningResult result = CseScreening.forVersion(referral.screeningVersion())
                .screen(new ScreeningInput(Set.copyOf(referral.indicators()), ProtectedCharacteristics.NOT_RECORDED));
        return referral.override() == null ? result
                : CseScreening.forVersion(referral.screeningVersion()).override(result, referral.override());
    }

    @Override
    @Transactional
    public ReferralView overrideScreening(Actor practitioner, ReferralId id, String level, String narrative,
                                          String reason) {
        StoredReferral referral = referrals.findForUpdate(id)
                .orElseThrow(() -> new RecordNotFoundException(ReferralAccess.RECORD_TYPE));
        if (!practitioner.can(Capability.DECIDE_REFERRALS)) {
            throw new AccessRefusedException(ReferralAccess.protectedRecord(referral).ref(), false);
        }
        accessPolicy.authoriseChange(practitioner, ReferralAccess.protectedRecord(referral));
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        ScreeningLevel chosen = ReferralIntake.parse(ScreeningLevel.class, level, "level", "Select the level", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ScreeningOverride override = new ScreeningOverride(chosen, narrative, reason);
        try {
            CseScreening.forVersion(referral.screeningVersion()).override(screening(referral), override);
        } catch (InvalidScreeningInputException invalid) {
            throw new InvalidInputException(invalid.field(), invalid.problem());
        }
        referrals.recordOverride(id, override, practitioner.displayName(), clock.instant());
        ledger.append(new LedgerRecord(practitioner, "SCREENING_OVERRIDDEN", ReferralAccess.RECORD_TYPE,
                id.toString(), Map.of("computedLevel", referral.screeningLevel().name(), "level", chosen.name(),
                        "narrative", override.narrative(), "reason", override.reason())));
        return view(existing(id));
    }

    private List<ReferralSummary> summaries(List<StoredReferral> stored) {
        var outcomes = referrals.currentOutcomes(stored.stream().map(StoredReferral::key).toList());
        var names = new java.util.HashMap<uk.lantern.people.ChildId, String>();
        children.findAll(stored.stream().flatMap(referral -> referral.children().stream()).toList())
                .forEach(child -> names.put(child.id(), child.fullName()));
        return stored.stream().map(referral -> new ReferralSummary(referral.id(), referral.reference(),
                referral.children().stream().map(names::get).toList(), referral.referrerAgencyName(),
                referral.receivedAt(), referral.urgency(), referral.cseConcern(), referral.status(),
                referral.decisionDueAt(), outcomes.get(referral.key()), referral.owningAgencyName())).toList();
    }
}
