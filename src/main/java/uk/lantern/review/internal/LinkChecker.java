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

import org.springframework.stereotype.Component;

import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.IntelligenceEvidence;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.Subjects;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.review.ReviewProperties;
import uk.lantern.review.internal.LinkFinder.Finding;
import uk.lantern.review.internal.ReviewRepository.ReasonRow;
import uk.lantern.review.internal.ReviewRepository.Trigger;

/**
 * Checks new records in batches against the referrals closed with no further action (the rules are
 * {@link LinkFinder}'s), and queues each referral a new record links to evidence of exploitation, with the reason:
 * one reason per link, which a later record reaching the child the same way only marks as seen again.
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
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<EvidenceLink> links = new ArrayList<>(evidence.all().links());
        Map<UUID, Set<UUID>> recordsOfChild = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            SubjectType type = kind == RecordKind.CHILD ? SubjectType.CHILD : SubjectType.PERSON;
            for (Set<UUID> records : identities.recordsTogether(kind)) {
                links.addAll(identityLinks(type, records, today));
                if (kind == RecordKind.CHILD) {
                    records.forEach(record -> recordsOfChild.put(record, records));
                }
            }
        }
        LinkFinder finder = new LinkFinder(reviews, new LinkPaths(links, properties.hubLinks()), recordsOfChild,
                today);
        List<Finding> found = triggers.stream().flatMap(trigger -> finder.find(trigger).stream()).toList();
        Map<SubjectRef, String> labels = labels(found);
        found.forEach(each -> queue(each, labels, now));
        reviews.markChecked(triggers.stream().map(Trigger::id).toList(), now);
        return triggers.size();
    }

    /** The records entity resolution found to be one person, each tied to the first of them. */
    private static List<EvidenceLink> identityLinks(SubjectType type, Set<UUID> records, LocalDate today) {
        List<UUID> sorted = records.stream().sorted().toList();
        SubjectRef first = new SubjectRef(type, sorted.get(0));
        return sorted.stream().skip(1).map(record -> LinkFinder.sameIdentity(first, new SubjectRef(type, record),
                LinkFinder.IDENTITY + sorted.get(0), today)).toList();
    }

    /**
     * Queues the referral with the reason, or adds the reason to its open review; the same link found again only
     * updates when, and by which record, it was last seen. Only a review queued or a reason added is a change the
     * ledger records: seeing a link again tells the manager nothing the ledger does not already hold (the new
     * record's own entry).
     */
    private void queue(Finding found, Map<SubjectRef, String> labels, Instant now) {
        UUID referral = found.closure().referralId();
        if (reviews.alreadyWeighed(referral, found.linkKey(), found.trigger().source())) {
            return;
        }
        UUID review = reviews.openReviewOf(referral).orElse(null);
        boolean newReview = review == null;
        if (newReview) {
            review = UUID.randomUUID();
            reviews.insertReview(review, referral, now);
        }
        String chain = describe(found, labels);
        if (!reviews.addOrSeeAgain(new ReasonRow(review, found.child().id(), found.linkKey(),
                found.trigger().source(), found.trigger().sourceLabel(), chain, now, now,
                found.trigger().sourceLabel()))) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("review", review.toString());
        payload.put("reference", found.closure().reference());
        payload.put("child", found.child().id().toString());
        payload.put("link", found.linkKey());
        payload.put("source", found.trigger().source());
        payload.put("sourceLabel", found.trigger().sourceLabel());
        payload.put("links", chain);
        ledger.append(new LedgerRecord(SYSTEM, newReview ? "HISTORIC_REVIEW_QUEUED" : "HISTORIC_REVIEW_REASON_ADDED",
                "REFERRAL", referral.toString(), payload));
    }

    private Map<SubjectRef, String> labels(List<Finding> found) {
        Set<SubjectRef> refs = new HashSet<>();
        for (Finding each : found) {
            refs.add(each.child());
            each.chain().forEach(hop -> {
                refs.add(hop.from());
                refs.add(hop.to());
            });
        }
        return refs.isEmpty() ? Map.of() : subjects.labels(refs);
    }

    /** One line a link, each with its evidence, after the record that names the first subject, if one does. */
    private static String describe(Finding found, Map<SubjectRef, String> labels) {
        List<String> lines = new ArrayList<>();
        if (found.namedBy() != null) {
            SubjectRef named = found.chain().isEmpty() ? found.child() : found.chain().get(0).from();
            lines.add(found.namedBy() + " names " + label(named, labels));
        }
        found.chain().forEach(hop -> lines.add(label(hop.from(), labels) + " — "
                + hop.evidence().type().label().toLowerCase() + " — " + label(hop.to(), labels) + " ("
                + evidence(hop.evidence()) + ")"));
        return String.join("\n", lines);
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
