package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.LocationType;
import uk.lantern.intelligence.NewLocation;
import uk.lantern.intelligence.NewVehicle;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.intelligence.internal.ReportRepository.LinkRow;
import uk.lantern.intelligence.internal.ReportRepository.LinkWithOrigin;
import uk.lantern.intelligence.internal.ReportRepository.Origin;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.missing.MentionRecorded;
import uk.lantern.missing.MentionsRecorded;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildView;
import uk.lantern.people.Children;

/**
 * What children say in missing episodes and return home interviews becomes links in the same model as
 * intelligence: the child to the vehicle, phone, place or named person. A mention that cannot be one (a "silver
 * car" with no registration mark, say) stays a mention on the episode and links nothing.
 */
@Component
class ChildAccountLinks {

    private static final Map<String, LocationType> PLACE_WORDS = Map.of("takeaway", LocationType.TAKEAWAY,
            "hotel", LocationType.HOTEL, "taxi", LocationType.TAXI_OFFICE, "car park", LocationType.CAR_PARK,
            "park", LocationType.PARK, "flat", LocationType.FLAT, "house", LocationType.HOUSE,
            "shop", LocationType.SHOP, "restaurant", LocationType.RESTAURANT);

    private final SubjectRegistry registry;
    private final ReportRepository reports;
    private final Children children;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;

    ChildAccountLinks(SubjectRegistry registry, ReportRepository reports, Children children,
                      ApplicationEventPublisher events, Ledger ledger, Clock clock) {
        this.registry = registry;
        this.reports = reports;
        this.children = children;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    @EventListener
    void onMentions(MentionsRecorded recorded) {
        Map<ChildId, ChildView> found = new HashMap<>();
        children.findAll(recorded.mentions().stream().map(MentionRecorded::child).distinct().toList())
                .forEach(child -> found.put(child.id(), child));
        // Episodes recorded together often mention the same place or car: each is looked up once.
        Map<List<Object>, Optional<SubjectRef>> subjects = new HashMap<>();
        Map<LedgerActor, List<LinkWithOrigin>> links = new LinkedHashMap<>();
        List<LedgerRecord> entries = new ArrayList<>();
        List<SubjectsLinked.Linkage> linkages = new ArrayList<>();
        for (MentionRecorded mention : recorded.mentions()) {
            String areaCode = found.get(mention.child()).areaCode();
            Optional<SubjectRef> subject = subjects.computeIfAbsent(List.of(mention.kind(), mention.value(),
                    mention.normalised(), areaCode), key -> subject(mention, areaCode));
            if (subject.isEmpty()) {
                continue;
            }
            LinkType type = linkType(mention);
            LocalDate seen = mention.seenAt().atZone(WorkingDayCalendar.UK).toLocalDate();
            SubjectRef childRef = new SubjectRef(SubjectType.CHILD, mention.child().value());
            UUID id = UUID.randomUUID();
            LinkRow link = new LinkRow(id, childRef, subject.get(), type, mention.sourceType(),
                    mention.episode().value(), null, mention.child().value(), areaCode, seen, seen, mention.value());
            links.computeIfAbsent(mention.recordedBy(), by -> new ArrayList<>())
                    .add(new LinkWithOrigin(link, Origin.TYPED));
            entries.add(new LedgerRecord(mention.recordedBy(), "CHILD_ACCOUNT_LINKED", "CHILD",
                    mention.child().toString(), Map.of("link", id.toString(), "to", subject.get().toString(),
                    "type", type.name(), "episode", mention.episode().toString())));
            linkages.add(new SubjectsLinked.Linkage(Set.of(childRef, subject.get()),
                    mention.sourceType().toLowerCase(Locale.ROOT) + ":" + mention.episode(), label(mention)));
        }
        Instant now = clock.instant();
        links.forEach((by, rows) -> reports.insertLinks(rows, by.actorName(), now));
        ledger.appendAll(entries);
        events.publishEvent(new SubjectsLinked(linkages));
    }

    private static LinkType linkType(MentionRecorded mention) {
        boolean fromEpisode = "MISSING_EPISODE".equals(mention.sourceType());
        return switch (mention.kind()) {
            case VEHICLE -> fromEpisode ? LinkType.SEEN_WITH : LinkType.MENTIONED_BY_CHILD;
            case PLACE -> fromEpisode ? LinkType.PRESENT_AT : LinkType.MENTIONED_BY_CHILD;
            case PERSON, PHONE -> LinkType.MENTIONED_BY_CHILD;
        };
    }

    /**
     * The subject a mention names, if it can be one. Checked here rather than by catching the registry's refusal,
     * which would mark the whole recording transaction for rollback.
     */
    private Optional<SubjectRef> subject(MentionRecorded mention, String areaCode) {
        return switch (mention.kind()) {
            case VEHICLE -> SubjectKeys.registration(mention.value()).map(registration -> registry.registerVehicle(
                    mention.recordedBy(), new NewVehicle(registration, null, null, null), ""));
            case PHONE -> SubjectKeys.phone(mention.value()).map(number -> registry.registerPhone(
                    mention.recordedBy(), number, ""));
            case PLACE -> Optional.of(registry.registerLocation(mention.recordedBy(), new NewLocation(
                    mention.value(), null, placeType(mention.normalised()).name(), areaCode), ""));
            case PERSON -> SubjectKeys.text(mention.value()).isEmpty() ? Optional.empty()
                    : Optional.of(registry.registerNamedPerson(mention.recordedBy(), mention.value(), areaCode, ""));
        };
    }

    private static LocationType placeType(String description) {
        return PLACE_WORDS.entrySet().stream().filter(word -> description.contains(word.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse(LocationType.OTHER);
    }

    private static String label(MentionRecorded mention) {
        return ("MISSING_EPISODE".equals(mention.sourceType()) ? "Missing episode" : "Return home interview")
                + " reported " + mention.seenAt().atZone(WorkingDayCalendar.UK).toLocalDate();
    }
}
