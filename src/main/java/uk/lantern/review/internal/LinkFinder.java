package uk.lantern.review.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;
import uk.lantern.review.internal.LinkPaths.Hop;
import uk.lantern.review.internal.ReviewRepository.Closure;
import uk.lantern.review.internal.ReviewRepository.CseReferral;
import uk.lantern.review.internal.ReviewRepository.Trigger;

/**
 * What one new record means for the referrals closed with no further action: each closed referral whose child it
 * links to evidence of exploitation (an adult, a network, an intelligence report, what the child said about someone
 * the intelligence knows, or a CSE referral from another agency), with the link that ties the child in. Records of
 * the same child matched together are not such evidence in themselves: they only bring the child's closed referral
 * what the other records already link the child to.
 */
final class LinkFinder {

    static final String IDENTITY = "identity:";
    static final String REFERRAL = "referral:";

    private final ReviewRepository reviews;
    private final LinkPaths paths;
    private final Map<UUID, Set<UUID>> recordsOfChild;
    private final LocalDate today;

    /**
     * @param recordsOfChild every record of each child that entity resolution put with others, by each record
     */
    LinkFinder(ReviewRepository reviews, LinkPaths paths, Map<UUID, Set<UUID>> recordsOfChild, LocalDate today) {
        this.reviews = reviews;
        this.paths = paths;
        this.recordsOfChild = recordsOfChild;
        this.today = today;
    }

    /**
     * Why a closed referral goes back for review.
     *
     * @param child   the referral's child the evidence reaches
     * @param linkKey the link that ties the child in: the evidence's record and the child's record it names; the
     *                same link found again by a later record is the same reason
     * @param chain   the chain of links from what the new record names to the child
     * @param namedBy when the chain starts at a record that names its first subject directly (the new record, or a
     *                CSE referral), that record as a reader knows it
     */
    record Finding(Trigger trigger, Closure closure, SubjectRef child, String linkKey, List<Hop> chain,
                   String namedBy) {
    }

    List<Finding> find(Trigger trigger) {
        if (trigger.source().startsWith(REFERRAL)) {
            return cseReferral(trigger);
        }
        Set<SubjectRef> start = trigger.subjects().stream().map(SubjectRef::parse).collect(Collectors.toSet());
        if (trigger.source().startsWith(IDENTITY) && start.stream().allMatch(LinkFinder::isChild)) {
            return ownRecordsMatched(trigger, start);
        }
        return throughTheNetwork(trigger, start);
    }

    /** A new record: every closed referral whose child it reaches by a chain that carries evidence. */
    private List<Finding> throughTheNetwork(Trigger trigger, Set<SubjectRef> start) {
        Map<SubjectRef, List<Hop>> reached = paths.childrenReachedFrom(start);
        List<Finding> found = new ArrayList<>();
        for (Closure closure : closuresOf(reached.keySet().stream().map(SubjectRef::id).collect(Collectors.toSet()))) {
            if (!closure.decidedAt().isBefore(trigger.recordedAt())) {
                continue;
            }
            for (UUID childId : closure.childIds()) {
                SubjectRef child = new SubjectRef(SubjectType.CHILD, childId);
                List<Hop> chain = reached.get(child);
                if (chain != null && carriesEvidence(trigger, start, chain)) {
                    found.add(alongChain(trigger, closure, child, chain));
                }
            }
        }
        return found;
    }

    /**
     * Whether a chain links the child to evidence: the new record is intelligence, or the chain or what the new
     * record names holds intelligence or an adult. A child's account naming only a bus station does not.
     */
    private boolean carriesEvidence(Trigger trigger, Set<SubjectRef> start, List<Hop> chain) {
        return trigger.source().startsWith(LinkPaths.INTELLIGENCE) || start.stream().anyMatch(paths::isEvidence)
                || chain.stream().anyMatch(hop -> LinkPaths.isIntelligence(hop.evidence())
                || paths.isEvidence(hop.from()) || paths.isEvidence(hop.to()));
    }

    /**
     * The finding for a chain. Its link is the step nearest the child that is not between the child's own records;
     * when there is none, the new record names one of the child's records itself, and that is the link.
     */
    private static Finding alongChain(Trigger trigger, Closure closure, SubjectRef child, List<Hop> chain) {
        for (int step = chain.size() - 1; step >= 0; step--) {
            Hop hop = chain.get(step);
            if (!betweenOwnRecords(hop)) {
                return new Finding(trigger, closure, child, linkKey(hop.evidence().source(), hop.to()), chain, null);
            }
        }
        SubjectRef named = chain.isEmpty() ? child : chain.get(0).from();
        return new Finding(trigger, closure, child, linkKey(trigger.source(), named), chain, trigger.sourceLabel());
    }

    /**
     * A child's records matched together: a closed referral of one of them learns what the others link the child
     * to (intelligence, an adult, a CSE referral from another agency), but not the match itself.
     */
    private List<Finding> ownRecordsMatched(Trigger trigger, Set<SubjectRef> records) {
        Set<UUID> ids = records.stream().map(SubjectRef::id).collect(Collectors.toSet());
        List<Finding> found = new ArrayList<>();
        List<CseReferral> referrals = reviews.cseReferralsAbout(ids);
        for (Closure closure : closuresOf(ids)) {
            if (!closure.decidedAt().isBefore(trigger.recordedAt())) {
                continue;
            }
            for (UUID childId : closure.childIds().stream().filter(ids::contains).toList()) {
                SubjectRef child = new SubjectRef(SubjectType.CHILD, childId);
                for (SubjectRef other : records) {
                    if (other.equals(child)) {
                        continue;
                    }
                    Hop matched = new Hop(other, child, sameIdentity(other, child, trigger.source(), today));
                    evidenceNaming(other).forEach(link -> found.add(new Finding(trigger, closure, child,
                            linkKey(link.source(), other), List.of(new Hop(otherEnd(link, other), other, link),
                            matched), null)));
                    referrals.stream().filter(referral -> referral.childIds().contains(other.id())
                                    && isNewFor(referral, closure))
                            .forEach(referral -> found.add(referralFinding(trigger, closure, child, other, referral)));
                }
            }
        }
        return found;
    }

    /** The links of a child's record to evidence. */
    private List<EvidenceLink> evidenceNaming(SubjectRef record) {
        return paths.linksOf(record).stream().filter(link -> link.type() != LinkType.SAME_PERSON)
                .filter(link -> LinkPaths.isIntelligence(link) || paths.isEvidence(otherEnd(link, record)))
                .toList();
    }

    /** A new referral with a CSE concern: the closed referrals of the same child that another agency closed. */
    private List<Finding> cseReferral(Trigger trigger) {
        CseReferral referral = reviews.cseReferral(UUID.fromString(trigger.source().substring(REFERRAL.length())))
                .orElseThrow();
        Set<UUID> sameChildren = new HashSet<>();
        referral.childIds().forEach(record -> sameChildren.addAll(recordsOfChild.getOrDefault(record,
                Set.of(record))));
        List<Finding> found = new ArrayList<>();
        for (Closure closure : closuresOf(sameChildren)) {
            if (!isNewFor(referral, closure)) {
                continue;
            }
            for (UUID childId : closure.childIds().stream().filter(sameChildren::contains).toList()) {
                UUID about = referral.childIds().stream().filter(record -> record.equals(childId)
                        || recordsOfChild.getOrDefault(record, Set.of()).contains(childId)).findFirst().orElseThrow();
                found.add(referralFinding(trigger, closure, new SubjectRef(SubjectType.CHILD, childId),
                        new SubjectRef(SubjectType.CHILD, about), referral));
            }
        }
        return found;
    }

    /** A CSE referral is new information for a closure when another agency made it after the closure. */
    private static boolean isNewFor(CseReferral referral, Closure closure) {
        return !referral.referralId().equals(closure.referralId())
                && !referral.referringAgency().equals(closure.owningAgency())
                && referral.receivedAt().isAfter(closure.decidedAt());
    }

    private Finding referralFinding(Trigger trigger, Closure closure, SubjectRef child, SubjectRef about,
                                    CseReferral referral) {
        List<Hop> chain = about.equals(child) ? List.of()
                : List.of(new Hop(about, child, sameIdentity(about, child, trigger.source(), today)));
        return new Finding(trigger, closure, child, linkKey(REFERRAL + referral.referralId(), about), chain,
                "CSE referral " + referral.reference() + " (from another agency, received "
                        + LocalDate.ofInstant(referral.receivedAt(), ZoneOffset.UTC) + ")");
    }

    private List<Closure> closuresOf(Set<UUID> childIds) {
        return childIds.isEmpty() ? List.of() : reviews.standingClosuresOf(childIds);
    }

    /** Two records of one child, or of one adult, that entity resolution put together. */
    static EvidenceLink sameIdentity(SubjectRef one, SubjectRef other, String source, LocalDate today) {
        return new EvidenceLink(one, other, LinkType.SAME_PERSON, source, "entity resolution", today, today, null,
                List.of());
    }

    private static String linkKey(String source, SubjectRef childRecord) {
        return source + "|" + childRecord;
    }

    private static boolean betweenOwnRecords(Hop hop) {
        return hop.evidence().type() == LinkType.SAME_PERSON && isChild(hop.from()) && isChild(hop.to());
    }

    private static boolean isChild(SubjectRef subject) {
        return subject.type() == SubjectType.CHILD;
    }

    private static SubjectRef otherEnd(EvidenceLink link, SubjectRef end) {
        return link.from().equals(end) ? link.to() : link.from();
    }
}
