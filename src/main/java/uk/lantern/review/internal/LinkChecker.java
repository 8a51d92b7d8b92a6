package uk.lantern.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.IntelligenceEvidence;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.Subjects;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.review.ReviewProperties;
import uk.lantern.review.internal.ReviewRepository.Closure;
import uk.lantern.review.internal.ReviewRepository.ReasonRow;
import uk.lantern.review.internal.ReviewRepository.Trigger;

/**
 * Finds the closed referrals that new records connect to. For each new record it follows the links from what the
 * record names, through the whole network, to every child it reaches; a child whose referral was closed with no
 * further action before the record came in puts that referral in the queue, with the record and the chain of links.
 */
@Component
class LinkChecker {

    static final LedgerActor SYSTEM = LedgerActor.system("historic-review");

    private final ReviewRepository reviews;
    private final IntelligenceEvidence evidence;
    private final Subjects subjects;
    private final Identities identities;
    private final ReviewProperties properties;
    private final Ledger ledger;
    private final Clock clock;

    LinkChecker(ReviewRepository reviews, IntelligenceEvidence evidence, Subjects subjects, Identities identities,
                ReviewProperties properties, Ledger ledger, Clock clock) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.subjects = subjects;
        this.identities = identities;
        this.properties = properties;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Checks one batch of new records, in the caller's transaction, and says how many it checked. */
    int checkBatch() {
        List<Trigger> triggers = reviews.claimUnchecked(properties.batchSize());
        if (triggers.isEmpty()) {
            return 0;
        }
        LinkPaths paths = new LinkPaths(links(), properties.hubLinks());
        Instant now = clock.instant();
        List<Found> found = new ArrayList<>();
        for (Trigger trigger : triggers) {
            Set<SubjectRef> start = trigger.subjects().stream().map(SubjectRef::parse).collect(Collectors.toSet());
            Map<SubjectRef, List<LinkPaths.Hop>> reached = paths.childrenReachedFrom(start);
            Map<UUID, SubjectRef> children = new HashMap<>();
            reached.keySet().forEach(child -> children.put(child.id(), child));
            for (Closure closure : children.isEmpty() ? List.<Closure>of()
                    : reviews.standingClosuresOf(children.keySet())) {
                if (!closure.decidedAt().isBefore(trigger.recordedAt())) {
                    continue;
                }
                closure.childIds().stream().filter(children::containsKey).forEach(child ->
                        found.add(new Found(trigger, closure, children.get(child), reached.get(children.get(child)))));
            }
        }
        Map<SubjectRef, String> labels = labels(found);
        found.forEach(each -> queue(each, labels, now));
        reviews.markChecked(triggers.stream().map(Trigger::id).toList(), now);
        return triggers.size();
    }

    /**
     * Every link: the intelligence evidence, and the records entity resolution found to be one person, each tied to
     * the first of its identity's records.
     */
    private List<EvidenceLink> links() {
        List<EvidenceLink> links = new ArrayList<>(evidence.all().links());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (RecordKind kind : RecordKind.values()) {
            SubjectType type = kind == RecordKind.CHILD ? SubjectType.CHILD : SubjectType.PERSON;
            for (Set<UUID> records : identities.recordsTogether(kind)) {
                List<UUID> sorted = records.stream().sorted().toList();
                SubjectRef first = new SubjectRef(type, sorted.get(0));
                sorted.stream().skip(1).forEach(record -> links.add(new EvidenceLink(first,
                        new SubjectRef(type, record), LinkType.SAME_PERSON, "identity:" + sorted.get(0),
                        "entity resolution", today, today, null, List.of())));
            }
        }
        return links;
    }

    private record Found(Trigger trigger, Closure closure, SubjectRef child, List<LinkPaths.Hop> chain) {
    }

    private void queue(Found found, Map<SubjectRef, String> labels, Instant now) {
        UUID referral = found.closure().referralId();
        UUID review = reviews.openReviewOf(referral).orElse(null);
        boolean newReview = review == null;
        if (newReview) {
            review = UUID.randomUUID();
            reviews.insertReview(review, referral, now);
        }
        String chain = describe(found, labels);
        if (!reviews.insertReason(new ReasonRow(review, found.child().id(), found.trigger().source(),
                found.trigger().sourceLabel(), chain, now))) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("review", review.toString());
        payload.put("reference", found.closure().reference());
        payload.put("child", found.child().id().toString());
        payload.put("source", found.trigger().source());
        payload.put("sourceLabel", found.trigger().sourceLabel());
        payload.put("links", chain);
        ledger.append(new LedgerRecord(SYSTEM, newReview ? "HISTORIC_REVIEW_QUEUED" : "HISTORIC_REVIEW_REASON_ADDED",
                "REFERRAL", referral.toString(), payload));
    }

    private Map<SubjectRef, String> labels(List<Found> found) {
        Set<SubjectRef> refs = new HashSet<>();
        for (Found each : found) {
            refs.add(each.child());
            each.chain().forEach(hop -> {
                refs.add(hop.from());
                refs.add(hop.to());
            });
        }
        return refs.isEmpty() ? Map.of() : subjects.labels(refs);
    }

    /** One line a link, each with its evidence; or, when the new record names the child itself, that. */
    private static String describe(Found found, Map<SubjectRef, String> labels) {
        if (found.chain().isEmpty()) {
            return found.trigger().sourceLabel() + " names " + label(found.child(), labels);
        }
        return found.chain().stream().map(hop -> label(hop.from(), labels) + " — "
                        + hop.evidence().type().label().toLowerCase() + " — " + label(hop.to(), labels) + " ("
                        + evidence(hop.evidence()) + ")")
                .collect(Collectors.joining("\n"));
    }

    /** A report with its grade and date; a child's account says its own date. */
    private static String evidence(EvidenceLink link) {
        return link.grading() == null ? link.sourceLabel()
                : link.sourceLabel() + ", graded " + link.grading().code() + ", " + link.firstSeen();
    }

    private static String label(SubjectRef subject, Map<SubjectRef, String> labels) {
        String kind = subject.type() == SubjectType.NAMED_PERSON ? "" : subject.type().code().replace('_', ' ') + " ";
        return kind + labels.getOrDefault(subject, subject.id().toString());
    }
}
