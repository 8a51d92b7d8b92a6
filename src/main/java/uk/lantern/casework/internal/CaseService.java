package uk.lantern.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.casework.ActionOwner;
import uk.lantern.casework.AssessmentFactor;
import uk.lantern.casework.CaseAboutChild;
import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseOutcome;
import uk.lantern.casework.CaseStatus;
import uk.lantern.casework.CaseSummary;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.casework.StrategyDecision;
import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.AccessPolicy;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.notification.Notice;
import uk.lantern.notification.Notifications;
import uk.lantern.people.ChildId;
import uk.lantern.people.Children;
import uk.lantern.referral.Referrals;

import static uk.lantern.casework.internal.CaseInput.MAX_TEXT;
import static uk.lantern.casework.internal.CaseInput.fail;
import static uk.lantern.casework.internal.CaseInput.narrativeDigest;
import static uk.lantern.casework.internal.CaseInput.optional;
import static uk.lantern.casework.internal.CaseInput.parse;
import static uk.lantern.casework.internal.CaseInput.required;

@Service
class CaseService implements Cases {

    /** A date as GOV.UK writes it: "14 May 2011". */
    private static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseRepository cases;
    private final Children children;
    private final Referrals referrals;
    private final AccessPolicy accessPolicy;
    private final Directory directory;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleProperties timescales;
    private final CaseChronology chronology;
    private final Areas areas;
    private final Notifications notifications;
    private final Ledger ledger;
    private final Clock clock;
    private final CaseGate gate;
    private final CaseNoteRepository notes;
    private final CasePlanRepository plans;
    private final ActionOwners actionOwners;

    CaseService(CaseRepository cases, Children children, Referrals referrals, AccessPolicy accessPolicy,
                Directory directory, Deadlines deadlines, WorkingDayCalendar calendar, TimescaleProperties timescales,
                CaseChronology chronology, Areas areas, Notifications notifications, Ledger ledger, Clock clock,
                CaseGate gate, CaseNoteRepository notes, CasePlanRepository plans, ActionOwners actionOwners) {
        this.gate = gate;
        this.notes = notes;
        this.plans = plans;
        this.actionOwners = actionOwners;
        this.notifications = notifications;
        this.cases = cases;
        this.children = children;
        this.referrals = referrals;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.chronology = chronology;
        this.areas = areas;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CaseView read(Actor reader, CaseId id, String purpose) {
        return view(gate.forRead(reader, id, purpose));
    }

    @Override
    @Transactional
    public List<CaseSummary> workList(Actor actor) {
        List<CaseRepository.StoredCase> list = accessPolicy.readable(actor, actor.can(Capability.ASSIGN_CASES)
                ? cases.openIn(areas.localAuthoritiesCoveredBy(actor.areaCode()))
                : cases.openAssignedTo(actor.userId()), CaseAccess::protectedRecord);
        accessPolicy.logListRead(actor, "CASES", "Work list", list.stream()
                .map(stored -> CaseAccess.protectedRecord(stored).ref()).toList());
        Map<uk.lantern.people.ChildId, String> names = new LinkedHashMap<>();
        children.findAll(list.stream().flatMap(stored -> stored.children().stream()).toList())
                .forEach(child -> names.put(child.id(), child.fullName()));
        return list.stream().map(stored -> new CaseSummary(stored.id(), stored.reference(),
                stored.children().stream().map(names::get).toList(), stored.status(), stored.openedAt(),
                stored.assignedWorkerName(), stored.reviewReason())).toList();
    }

    @Override
    @Transactional
    public CaseView assign(Actor manager, CaseId id, UserId worker) {
        CaseRepository.StoredCase stored = gate.forChange(manager, id, Capability.ASSIGN_CASES);
        if (worker == null) {
            throw new InvalidInputException("worker", "Choose a social worker");
        }
        UserView assignee = directory.user(worker)
                .filter(user -> user.enabled() && user.roles().contains(Role.SOCIAL_WORKER)
                        && user.agencyId().equals(stored.owningAgency()))
                .orElseThrow(() -> new InvalidInputException("worker", "Choose a social worker in "
                        + stored.owningAgencyName()));
        cases.assign(id, worker);
        notifications.notifyUser(worker, new Notice("Case " + stored.reference() + " assigned to you",
                manager.displayName() + " has assigned case " + stored.reference() + " to you.", "/cases/" + id,
                stored.reference()));
        ledger.append(new LedgerRecord(manager, "CASE_ASSIGNED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("worker", assignee.username())));
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public CaseView completeAssessment(Actor worker, CaseId id, String summary, List<String> factorCodes) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        CaseView.Assessment assessment = cases.assessment(id).orElseThrow();
        if (assessment.completedAt() != null) {
            throw new InvalidInputException("summary", "The assessment is already complete");
        }
        List<FieldError> errors = new ArrayList<>();
        String text = required(summary, "summary", "Summarise the assessment", errors);
        List<AssessmentFactor> factors = new ArrayList<>();
        List<String> codes = factorCodes == null ? List.of() : factorCodes;
        for (int i = 0; i < codes.size(); i++) {
            try {
                factors.add(AssessmentFactor.ofCode(codes.get(i)));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("factors[" + i + "]", unknown.getMessage()));
            }
        }
        fail(errors);
        cases.completeAssessment(id, text, factors, clock.instant());
        ledger.append(new LedgerRecord(worker, "ASSESSMENT_COMPLETED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("factors", factors.stream().map(AssessmentFactor::code).toList())));
        deadlines.meet(worker, CaseAccess.RECORD_TYPE, id.toString(), DeadlineKind.ASSESSMENT);
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public CaseView recordStrategyDiscussion(Actor worker, CaseId id, LocalDate heldOn, String decision, String notes,
                                             List<Attendee> attendees) {
        CaseRepository.StoredCase stored = gate.forChange(worker, id, Capability.WORK_CASES);
        List<FieldError> errors = new ArrayList<>();
        Instant heldAt = pastDate(heldOn, "heldOn", "the strategy discussion", errors);
        StrategyDecision chosen = parse(StrategyDecision.class, decision, "decision",
                "Select the decision of the strategy discussion", errors);
        String text = optional(notes, "notes", MAX_TEXT, errors);
        List<Attendee> present = attendees(attendees, errors);
        fail(errors);
        Instant now = clock.instant();
        UUID discussion = cases.insertStrategyDiscussion(id, heldAt, chosen, text, present, worker.displayName(),
                now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("discussion", discussion.toString());
        payload.put("decision", chosen.name());
        payload.put("agencies", present.stream().map(Attendee::agencyName).distinct().sorted().toList());
        ledger.append(new LedgerRecord(worker, "STRATEGY_DISCUSSION_RECORDED", CaseAccess.RECORD_TYPE, id.toString(),
                payload));
        if (chosen == StrategyDecision.SECTION_47_ENQUIRY) {
            startSection47(worker, stored, heldAt);
        }
        return view(gate.existing(id));
    }

    /** A section 47 enquiry starts, and the conference clock runs from the strategy discussion. */
    private void startSection47(Actor worker, CaseRepository.StoredCase stored, Instant heldAt) {
        cases.startSection47(stored.id(), heldAt);
        Instant conferenceDue = calendar.addWorkingDays(heldAt, timescales.conferenceWorkingDays());
        cases.insertConference(stored.id(), conferenceDue);
        ledger.append(new LedgerRecord(worker, "SECTION_47_STARTED", CaseAccess.RECORD_TYPE, stored.id().toString(),
                Map.of("conferenceDueAt", conferenceDue.toString())));
        if (deadlines.find(CaseAccess.RECORD_TYPE, stored.id().toString(), DeadlineKind.INITIAL_CONFERENCE).isEmpty()) {
            deadlines.start(worker, new NewDeadline(DeadlineKind.INITIAL_CONFERENCE, CaseAccess.RECORD_TYPE,
                    stored.id().toString(), stored.reference(), stored.owningAgency(), heldAt, conferenceDue,
                    "/cases/" + stored.id()));
        }
    }

    @Override
    @Transactional
    public CaseView completeSection47(Actor worker, CaseId id, Boolean conferenceNeeded, String summary) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        CaseView.Section47 enquiry = cases.section47(id).orElseThrow(() -> new InvalidInputException("section47",
                "No section 47 enquiry has been started on this case"));
        if (enquiry.completedAt() != null) {
            throw new InvalidInputException("section47", "The section 47 enquiry is already complete");
        }
        List<FieldError> errors = new ArrayList<>();
        // Not answering must not count as "no": that would stop the conference clock.
        if (conferenceNeeded == null) {
            errors.add(new FieldError("conferenceNeeded",
                    "Select whether an initial child protection conference is needed"));
        }
        String text = required(summary, "summary", "Summarise the enquiry's findings", errors);
        fail(errors);
        String outcome = conferenceNeeded ? "CONFERENCE" : "NO_CONFERENCE";
        cases.completeSection47(id, outcome, text, clock.instant());
        ledger.append(new LedgerRecord(worker, "SECTION_47_COMPLETED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("outcome", outcome)));
        if (!conferenceNeeded) {
            // No conference will be held, so its clock stops; the ledger says why.
            deadlines.meet(worker, CaseAccess.RECORD_TYPE, id.toString(), DeadlineKind.INITIAL_CONFERENCE);
        }
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public CaseView recordConference(Actor worker, CaseId id, LocalDate heldOn, boolean planMade, String notes) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        CaseView.Conference conference = cases.conference(id).orElseThrow(() -> new InvalidInputException("heldOn",
                "No conference is due on this case: it follows a section 47 enquiry"));
        if (conference.heldAt() != null) {
            throw new InvalidInputException("heldOn", "The initial conference is already recorded");
        }
        List<FieldError> errors = new ArrayList<>();
        Instant heldAt = pastDate(heldOn, "heldOn", "the conference", errors);
        String text = optional(notes, "notes", MAX_TEXT, errors);
        fail(errors);
        String outcome = planMade ? "CHILD_PROTECTION_PLAN" : "NO_PLAN";
        cases.recordConference(id, heldAt, outcome, text);
        ledger.append(new LedgerRecord(worker, "CONFERENCE_HELD", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("outcome", outcome, "heldAt", heldAt.toString())));
        deadlines.meet(worker, CaseAccess.RECORD_TYPE, id.toString(), DeadlineKind.INITIAL_CONFERENCE);
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public CaseView addAction(Actor worker, CaseId id, String description, UserId owner, LocalDate dueOn,
                              UUID planId) {
        CaseRepository.StoredCase stored = gate.forChange(worker, id, Capability.WORK_CASES);
        List<FieldError> errors = new ArrayList<>();
        String text = required(description, "description", "Describe the action", errors);
        if (text.length() > 2000) {
            errors.add(new FieldError("description", "Must be 2000 characters or fewer"));
        }
        ActionOwner chosen = owner == null ? null : actionOwners.find(stored, owner).orElse(null);
        if (chosen == null) {
            errors.add(new FieldError("owner", owner == null ? "Choose who owns the action"
                    : "Choose someone who may work on this case to own the action"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.UK);
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "Enter the date the action is due"));
        } else if (dueOn.isBefore(today)) {
            errors.add(new FieldError("dueOn", "The due date must be today or later"));
        }
        if (planId != null && !plans.isActive(id, planId)) {
            errors.add(new FieldError("plan", "Choose one of the case's active plans, or none"));
        }
        fail(errors);
        Instant now = clock.instant();
        Instant dueAt = dueOn.plusDays(1).atStartOfDay(WorkingDayCalendar.UK).toInstant();
        UUID action = cases.insertAction(id, text, chosen.id(), planId, dueAt, now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", action.toString());
        payload.put("descriptionDigest", narrativeDigest(text));
        payload.put("owner", chosen.id().toString());
        payload.put("dueOn", dueOn.toString());
        if (planId != null) {
            payload.put("plan", planId.toString());
        }
        ledger.append(new LedgerRecord(worker, "CASE_ACTION_ADDED", CaseAccess.RECORD_TYPE, id.toString(), payload));
        if (!chosen.id().equals(worker.userId())) {
            // The description stays on the case, where the retention schedule can reach it; the notice only points.
            notifications.notifyUser(chosen.id(), new Notice("An action on case " + stored.reference() + " for you",
                    worker.displayName() + " has given you an action on case " + stored.reference() + ", due "
                            + dueOn.format(GOVUK_DATE) + ".", "/cases/" + id, stored.reference()));
        }
        deadlines.start(worker, new NewDeadline(DeadlineKind.CASE_ACTION, "CASE_ACTION", action.toString(),
                stored.reference(), stored.owningAgency(), now, dueAt, "/cases/" + id));
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public List<ActionOwner> actionOwners(Actor reader, CaseId id) {
        return actionOwners.of(gate.forRead(reader, id, "Choosing an action's owner"));
    }

    @Override
    @Transactional
    public CaseView completeAction(Actor worker, CaseId id, UUID actionId) {
        gate.forChange(worker, id, Capability.WORK_CASES);
        if (!cases.completeAction(id, actionId, clock.instant())) {
            throw new InvalidInputException("action", "No open action on this case has that id");
        }
        ledger.append(new LedgerRecord(worker, "CASE_ACTION_COMPLETED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("action", actionId.toString())));
        deadlines.meet(worker, "CASE_ACTION", actionId.toString(), DeadlineKind.CASE_ACTION);
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public CaseView close(Actor worker, CaseId id, String outcome, String summary) {
        CaseRepository.StoredCase stored = gate.forChange(worker, id, Capability.WORK_CASES);
        List<FieldError> errors = new ArrayList<>();
        CaseOutcome chosen = parse(CaseOutcome.class, outcome, "outcome", "Select the outcome of the case", errors);
        String text = required(summary, "summary", "Summarise why the case is closing", errors);
        errors.addAll(closureProblems(id));
        fail(errors);
        Instant now = clock.instant();
        cases.close(id, chosen, text, now);
        ledger.append(new LedgerRecord(worker, "CASE_CLOSED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("outcome", chosen.name(), "summaryDigest", narrativeDigest(text))));
        // A closed case has no clocks left to run.
        deadlines.meet(worker, CaseAccess.RECORD_TYPE, id.toString(), DeadlineKind.ASSESSMENT);
        deadlines.meet(worker, CaseAccess.RECORD_TYPE, id.toString(), DeadlineKind.INITIAL_CONFERENCE);
        cases.actionIds(id).forEach(action -> deadlines.meet(worker, "CASE_ACTION", action.toString(),
                DeadlineKind.CASE_ACTION));
        referrals.recordOutcome(worker, stored.referralId(), chosen.label());
        return view(gate.existing(id));
    }

    @Override
    @Transactional
    public List<ChronologyEntry> chronology(Actor reader, CaseId id) {
        CaseRepository.StoredCase stored = gate.forRead(reader, id, "Case chronology");
        return chronology.of(stored, cases.actionIds(id));
    }

    private CaseView view(CaseRepository.StoredCase stored) {
        CaseId id = stored.id();
        List<uk.lantern.deadline.DeadlineView> clocks = new ArrayList<>();
        for (DeadlineKind kind : List.of(DeadlineKind.ASSESSMENT, DeadlineKind.INITIAL_CONFERENCE)) {
            deadlines.find(CaseAccess.RECORD_TYPE, id.toString(), kind).ifPresent(clocks::add);
        }
        List<String> closureBlockers = stored.status() == CaseStatus.CLOSED ? List.of()
                : closureProblems(id).stream().map(FieldError::message).toList();
        return new CaseView(id, stored.reference(), stored.referralId(), children.findAll(stored.children()),
                stored.areaCode(), stored.owningAgencyName(), stored.status(), stored.openedAt(),
                stored.assignedWorkerName(), stored.reviewReason(), cases.assessment(id).orElse(null),
                cases.strategyDiscussions(id), cases.section47(id).orElse(null), cases.conference(id).orElse(null),
                cases.actions(id), notes.of(id), plans.of(id), stored.outcome(), stored.closureSummary(),
                stored.closedAt(), clocks, closureBlockers);
    }

    private List<FieldError> closureProblems(CaseId id) {
        return ClosureRule.problems(cases.assessment(id).orElse(null), cases.section47(id).orElse(null),
                cases.conference(id).orElse(null), cases.actions(id), plans.of(id));
    }

    private List<Attendee> attendees(List<Attendee> attendees, List<FieldError> errors) {
        List<Attendee> present = new ArrayList<>();
        Set<String> agencies = new HashSet<>();
        List<Attendee> given = attendees == null ? List.of() : attendees;
        for (int i = 0; i < given.size(); i++) {
            Attendee attendee = given.get(i);
            String name = attendee.name() == null ? "" : attendee.name().trim();
            String agency = attendee.agencyName() == null ? "" : attendee.agencyName().trim();
            if (name.isEmpty() && agency.isEmpty()) {
                continue;
            }
            if (name.isEmpty() || name.length() > 120) {
                errors.add(new FieldError("attendees[" + i + "].name", "Enter the attendee's name, up to 120 "
                        + "characters"));
            }
            if (agency.isEmpty() || agency.length() > 200) {
                errors.add(new FieldError("attendees[" + i + "].agencyName", "Enter the attendee's agency"));
            }
            agencies.add(agency.toLowerCase());
            present.add(new Attendee(name, agency, attendee.role() == null ? null : attendee.role().trim()));
        }
        // Working Together: a strategy discussion brings together at least social care, police and health.
        if (agencies.size() < 2) {
            errors.add(new FieldError("attendees", "A strategy discussion needs attendees from at least two agencies"));
        }
        return present;
    }

    private Instant pastDate(LocalDate date, String field, String what, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, "Enter the date of " + what));
            return null;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.UK);
        if (date.isAfter(today)) {
            errors.add(new FieldError(field, "The date of " + what + " must be today or earlier"));
            return null;
        }
        Instant startOfDay = date.atStartOfDay(WorkingDayCalendar.UK).toInstant();
        // Recorded the same day, it happened earlier today; otherwise at the start of the day it was held.
        return date.equals(today) ? clock.instant() : startOfDay;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseAboutChild> aboutChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        // One row per case, about the first of the children it is about.
        return cases.withAnyChild(children).stream().map(stored -> new CaseAboutChild(
                CaseAccess.protectedRecord(stored), stored.id(), stored.reference(),
                stored.children().stream().filter(children::contains).findFirst().orElseThrow(),
                stored.owningAgencyName(), stored.status(), stored.openedAt(), stored.closedAt(), stored.outcome()))
                .toList();
    }
}
