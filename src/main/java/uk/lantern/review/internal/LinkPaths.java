package uk.lantern.review.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectType;

/**
 * The links between subjects as a graph, to find which children a new record reaches and by which chain of links.
 * The search goes through the whole network, with no limit on its size, but not through a busy place or
 * organisation (a bus station every child passes through): such a hub may end a chain, never carry one on, even when
 * the new record names it.
 */
final class LinkPaths {

    static final String INTELLIGENCE = "intel_report:";

    private final Map<SubjectRef, List<EvidenceLink>> linksOf = new HashMap<>();
    private final int hubDegree;

    LinkPaths(Collection<EvidenceLink> links, int hubDegree) {
        this.hubDegree = hubDegree;
        for (EvidenceLink link : links) {
            linksOf.computeIfAbsent(link.from(), key -> new ArrayList<>()).add(link);
            linksOf.computeIfAbsent(link.to(), key -> new ArrayList<>()).add(link);
        }
    }

    /** One step of a chain, in the direction the chain was followed, with the evidence for it. */
    record Hop(SubjectRef from, SubjectRef to, EvidenceLink evidence) {
    }

    /** Each child reachable from the starting subjects, with the shortest chain of links that reaches it. */
    Map<SubjectRef, List<Hop>> childrenReachedFrom(Set<SubjectRef> start) {
        Map<SubjectRef, EvidenceLink> arrivedBy = new HashMap<>();
        Deque<SubjectRef> frontier = new ArrayDeque<>(start);
        start.forEach(subject -> arrivedBy.put(subject, null));
        Map<SubjectRef, List<Hop>> children = new HashMap<>();
        while (!frontier.isEmpty()) {
            SubjectRef subject = frontier.poll();
            if (subject.type() == SubjectType.CHILD) {
                children.put(subject, chainTo(subject, arrivedBy));
            }
            if (isHub(subject)) {
                continue;
            }
            for (EvidenceLink link : linksOf.getOrDefault(subject, List.of())) {
                SubjectRef next = link.from().equals(subject) ? link.to() : link.from();
                if (!arrivedBy.containsKey(next)) {
                    arrivedBy.put(next, link);
                    frontier.add(next);
                }
            }
        }
        return children;
    }

    /** The links of a subject, in whichever direction they were recorded. */
    List<EvidenceLink> linksOf(SubjectRef subject) {
        return linksOf.getOrDefault(subject, List.of());
    }

    /**
     * Whether a subject is evidence of exploitation: an adult (a suspect, or someone a child named), or anything an
     * intelligence report names. A child is not, and nor is a hub: a bus station links nobody to exploitation.
     */
    boolean isEvidence(SubjectRef subject) {
        if (subject.type() == SubjectType.CHILD || isHub(subject)) {
            return false;
        }
        return subject.type() == SubjectType.PERSON || subject.type() == SubjectType.NAMED_PERSON
                || linksOf(subject).stream().anyMatch(LinkPaths::isIntelligence);
    }

    static boolean isIntelligence(EvidenceLink link) {
        return link.source().startsWith(INTELLIGENCE);
    }

    private boolean isHub(SubjectRef subject) {
        boolean place = subject.type() == SubjectType.LOCATION || subject.type() == SubjectType.ORGANISATION;
        return place && linksOf.getOrDefault(subject, List.of()).size() > hubDegree;
    }

    private static List<Hop> chainTo(SubjectRef end, Map<SubjectRef, EvidenceLink> arrivedBy) {
        List<Hop> chain = new ArrayList<>();
        SubjectRef at = end;
        EvidenceLink link = arrivedBy.get(at);
        while (link != null) {
            SubjectRef previous = link.from().equals(at) ? link.to() : link.from();
            chain.add(0, new Hop(previous, at, link));
            at = previous;
            link = arrivedBy.get(at);
        }
        return chain;
    }
}
