package uk.lantern.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.RecordRef;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;
import uk.lantern.referral.ExternalReferral;
import uk.lantern.referral.LawfulBasis;
import uk.lantern.referral.NewReferral;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralReceipt;
import uk.lantern.referral.ReferralReceived;
import uk.lantern.referral.ReferralsReceived;
import uk.lantern.referral.ReferralStatus;
import uk.lantern.referral.Urgency;
import uk.lantern.risk.CseScreening;
import uk.lantern.risk.ProtectedCharacteristics;
import uk.lantern.risk.ScreeningInput;
import uk.lantern.risk.ScreeningResult;

/**
 * Takes a referral in: validates it, registers its children, routes it to the children's social care front door of
 * the child's area, and starts the decision clock.
 */
@Component
class ReferralIntake {

    static final int MAX_CONCERN = 10_000;
    static final int MAX_CHILDREN = 20;
    static final int MAX_CONTACT = 254;

    private final ReferralRepository referrals;
    private final Children children;
    private final Directory directory;
    private final Areas areas;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleProperties timescales;
    private final IndicatorCodes indicatorCodes;
    private final CseScreening screening;
    private final ReferralNotices notices;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralIntake(ReferralRepository referrals, Children children, Directory directory, Areas areas,
                   Deadlines deadlines, WorkingDayCalendar calendar, TimescaleProperties timescales,
                   IndicatorCodes indicatorCodes, CseScreening screening, ReferralNotices notices, Ledger ledger,
                   ApplicationEventPublisher events, Clock clock) {
        this.screening = screening;
        this.notices = notices;
        this.referrals = referrals;
        this.children = children;
        this.directory = directory;
        this.areas = areas;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.indicatorCodes = indicatorCodes;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    ReferralReceipt submit(Actor referrer, NewReferral referral) {
        if (!referrer.can(Capability.RAISE_REFERRAL)) {
            throw new AccessRefusedException(new RecordRef(ReferralAccess.RECORD_TYPE, "new"), false);
        }
        List<FieldError> errors = new ArrayList<>();
        List<ChildInput> childInputs = childrenWithAreas(referral.children(), referrer, errors);
        String concern = concern(referral.concern(), errors);
        if (referral.cseConcern() == null) {
            errors.add(new FieldError("cseConcern", "Say whether you are worried about child sexual exploitation"));
        }
        List<String> indicators = indicatorCodes.validate(referral.indicators(), errors);
        Urgency urgency = parse(Urgency.class, referral.urgency(), "urgency", "Select how urgent this is", errors);
        LawfulBasis lawfulBasis = referral.lawfulBasis() == null || referral.lawfulBasis().isBlank()
                ? LawfulBasis.PUBLIC_TASK
                : parse(LawfulBasis.class, referral.lawfulBasis(), "lawfulBasis", "Select the lawful basis", errors);
        String contact = referral.contact() == null ? null : referral.contact().trim();
        if (contact != null && contact.length() > MAX_CONTACT) {
            errors.add(new FieldError("contact", "Contact details must be " + MAX_CONTACT + " characters or fewer"));
        }
        AgencyView owningTeam = childInputs.isEmpty() ? null : owningTeam(childInputs.get(0).areaCode(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        List<ChildId> childIds = new ArrayList<>();
        for (int i = 0; i < childInputs.size(); i++) {
            childIds.add(children.register(referrer, childInputs.get(i), "children[" + i + "].").id());
        }
        ScreeningResult screened = screen(indicators, childInputs.get(0));
        StoredReferral stored = new StoredReferral(new ReferralId(java.util.UUID.randomUUID()),
                ReferralRepository.reference(referrals.nextNumbers(1).get(0), now), now, referrer.userId(), referrer.displayName(), referrer.agencyId(),
                referrer.agencyName(), null, contact == null || contact.isEmpty() ? null : contact,
                childInputs.get(0).areaCode(), owningTeam.id(), owningTeam.name(), concern, referral.cseConcern(),
                indicators, urgency, lawfulBasis, ReferralStatus.AWAITING_DECISION,
                calendar.addWorkingDays(now, timescales.referralDecisionWorkingDays()), null, null,
                screened.indicatorSetVersion(), screened.level(), null, childIds);
        return store(referrer, List.of(stored), List.of(new ReferralRepository.Source(null, null))).get(0);
    }

    /**
     * Receives referrals from another system, as {@link #receive} would one by one, with a few batched statements:
     * the agencies, first children and front doors they need are read once, and rows, ledger entries and clocks are
     * written together. Validation errors name the referral by its place in the list, as in {@code [3].indicators}.
     */
    List<ReferralReceipt> receiveAll(LedgerActor by, List<ExternalReferral> incoming) {
        Map<AgencyId, AgencyView> agencies = new HashMap<>();
        Map<ChildId, ChildView> firstChildren = new HashMap<>();
        children.findAll(incoming.stream().map(referral -> referral.children().get(0)).distinct().toList())
                .forEach(child -> firstChildren.put(child.id(), child));
        Map<String, AgencyView> frontDoors = new HashMap<>();
        List<Long> numbers = referrals.nextNumbers(incoming.size());
        List<StoredReferral> stored = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            ExternalReferral referral = incoming.get(i);
            String prefix = incoming.size() == 1 ? "" : "[" + i + "].";
            AgencyView referrerAgency = agencies.computeIfAbsent(referral.referrerAgency(), id -> directory.agency(id)
                    .orElseThrow(() -> new InvalidInputException(prefix + "referrer.agency", "Unknown agency")));
            ChildView firstChild = firstChildren.get(referral.children().get(0));
            if (firstChild == null) {
                throw new InvalidInputException(prefix + "children[0]", "No child record has this id");
            }
            String areaCode = firstChild.areaCode();
            List<FieldError> errors = new ArrayList<>();
            AgencyView owningTeam = frontDoors.containsKey(areaCode) ? frontDoors.get(areaCode)
                    : owningTeam(areaCode, errors);
            List<String> indicators = indicatorCodes.validate(referral.indicators(), errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors.stream().map(error -> new FieldError(prefix + error.field(),
                        error.message())).toList());
            }
            frontDoors.put(areaCode, owningTeam);
            ScreeningResult screened = screening.screen(new ScreeningInput(Set.copyOf(indicators),
                    new ProtectedCharacteristics(ethnicityOf(firstChild), firstChild.nationality(), null)));
            stored.add(new StoredReferral(new ReferralId(java.util.UUID.randomUUID()),
                    ReferralRepository.reference(numbers.get(i), referral.receivedAt()), referral.receivedAt(), null,
                    referral.referrerName(), referrerAgency.id(), referrerAgency.name(), referral.referrerEmail(),
                    referral.referrerPhone(), areaCode, owningTeam.id(), owningTeam.name(), referral.concern(),
                    referral.cseConcern(), indicators, referral.urgency(), referral.lawfulBasis(),
                    ReferralStatus.AWAITING_DECISION, calendar.addWorkingDays(referral.receivedAt(),
                    timescales.referralDecisionWorkingDays()), null, null, screened.indicatorSetVersion(),
                    screened.level(), null, List.copyOf(referral.children())));
        }
        return store(by, stored, incoming.stream().map(referral -> new ReferralRepository.Source(
                referral.sourceSystem(), referral.sourceId())).toList());
    }

    /**
     * Stores received referrals: their rows, ledger entries and decision clocks, written in batches, then the notice
     * of each immediate one and the event each publishes. One referral typed in is a batch of one.
     */
    private List<ReferralReceipt> store(LedgerActor by, List<StoredReferral> stored,
                                        List<ReferralRepository.Source> sources) {
        referrals.insertAll(stored, sources);
        List<LedgerRecord> entries = new ArrayList<>(stored.size());
        List<NewDeadline> clocks = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            StoredReferral referral = stored.get(i);
            entries.add(new LedgerRecord(by, "REFERRAL_RECEIVED", ReferralAccess.RECORD_TYPE,
                    referral.id().toString(), receivedPayload(referral, sources.get(i))));
            clocks.add(new NewDeadline(DeadlineKind.REFERRAL_DECISION, ReferralAccess.RECORD_TYPE,
                    referral.id().toString(), referral.reference(), referral.owningAgency(), referral.receivedAt(),
                    referral.decisionDueAt(), "/referrals/" + referral.id()));
        }
        ledger.appendAll(entries);
        deadlines.startAll(by, clocks);
        List<ReferralReceipt> receipts = new ArrayList<>(stored.size());
        List<ReferralReceived> received = new ArrayList<>(stored.size());
        for (StoredReferral referral : stored) {
            if (referral.urgency() == Urgency.IMMEDIATE) {
                notices.received(referral);
            }
            received.add(new ReferralReceived(referral.id(), referral.reference(), referral.children(),
                    referral.referrerAgency(), referral.cseConcern(), referral.receivedAt()));
            receipts.add(new ReferralReceipt(referral.id(), referral.reference(), referral.status(),
                    referral.decisionDueAt()));
        }
        events.publishEvent(new ReferralsReceived(received));
        return receipts;
    }

    private static Map<String, Object> receivedPayload(StoredReferral referral, ReferralRepository.Source source) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference", referral.reference());
        payload.put("receivedAt", referral.receivedAt().toString());
        payload.put("urgency", referral.urgency().name());
        payload.put("cseConcern", referral.cseConcern());
        payload.put("areaCode", referral.areaCode());
        payload.put("owningTeam", referral.owningAgencyName());
        payload.put("children", referral.children().stream().map(ChildId::toString).toList());
        payload.put("screening", referral.screeningLevel().name() + " (indicator set v" + referral.screeningVersion()
                + ")");
        if (source.sourceSystem() != null) {
            payload.put("source", source.sourceSystem() + "/" + source.sourceId());
        }
        return payload;
    }

    /**
     * Screens the first child's indicators. The child's protected characteristics go in with the input, because
     * they are to hand, but the screening never reads them.
     */
    private ScreeningResult screen(List<String> indicators, ChildInput child) {
        return screening.screen(new ScreeningInput(Set.copyOf(indicators),
                new ProtectedCharacteristics(child.ethnicityOns2021(), child.nationality(), null)));
    }

    private static String ethnicityOf(ChildView child) {
        return child.ethnicity().ons2021() == null ? null : child.ethnicity().ons2021().name();
    }

    /** Each child's area defaults to the referrer's local authority; a police referrer has to say which. */
    private List<ChildInput> childrenWithAreas(List<ChildInput> inputs, Actor referrer, List<FieldError> errors) {
        if (inputs == null || inputs.isEmpty()) {
            errors.add(new FieldError("children", "Add at least one child"));
            return List.of();
        }
        if (inputs.size() > MAX_CHILDREN) {
            errors.add(new FieldError("children", "A referral can name up to " + MAX_CHILDREN + " children"));
            return List.of();
        }
        boolean referrerInLocalAuthority = areas.find(referrer.areaCode())
                .filter(area -> area.type() == AreaType.LOCAL_AUTHORITY).isPresent();
        List<ChildInput> withAreas = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ChildInput child = inputs.get(i);
            if ((child.areaCode() == null || child.areaCode().isBlank()) && referrerInLocalAuthority) {
                child = withArea(child, referrer.areaCode());
            }
            errors.addAll(children.problemsWith(child, "children[" + i + "]."));
            withAreas.add(child);
        }
        return withAreas;
    }

    private static ChildInput withArea(ChildInput child, String areaCode) {
        return new ChildInput(child.firstName(), child.surname(), child.dateOfBirth(), child.dateOfBirthApproximate(),
                child.sex(), child.ethnicityStatus(), child.ethnicityOns2021(), child.ethnicityPoliceSelfDefined(),
                child.ethnicityObserved(), child.nationality(), child.countryOfBirth(), child.nhsNumber(), areaCode,
                child.school(), child.aliases(), child.addresses(), child.placement());
    }

    private AgencyView owningTeam(String areaCode, List<FieldError> errors) {
        if (areaCode == null || areaCode.isBlank()) {
            return null;
        }
        List<AgencyView> teams = directory.agenciesIn(areaCode.trim().toUpperCase(Locale.ROOT),
                AgencyType.CHILDRENS_SOCIAL_CARE);
        if (teams.isEmpty()) {
            errors.add(new FieldError("children[0].areaCode", "No children's social care team in Lantern covers "
                    + areas.find(areaCode).map(area -> area.name()).orElse(areaCode)
                    + " yet. Contact that council's children's services directly"));
            return null;
        }
        return teams.get(0);
    }

    private static String concern(String text, List<FieldError> errors) {
        String concern = text == null ? "" : text.trim();
        if (concern.isEmpty()) {
            errors.add(new FieldError("concern", "Describe your concern"));
        } else if (concern.length() > MAX_CONCERN) {
            errors.add(new FieldError("concern", "Concern must be " + MAX_CONCERN + " characters or fewer"));
        }
        return concern;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String missing,
                                       List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, missing));
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "Unknown value '" + text + "'. Use one of: " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }


}
