package uk.lantern.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import uk.lantern.intelligence.SubjectType;
import uk.lantern.intelligence.LinkType;
import uk.lantern.network.internal.Incidence;

/**
 * An immutable network of subjects and the links between them, each link with its evidence. Build one with
 * {@link #builder()}; narrow it to what a viewer may see, or to a time window, with {@link #view(EvidenceFilter)};
 * analyse it with {@link NetworkAnalysis}.
 */
public final class NetworkGraph {

    private final List<Subject> subjects;
    private final Map<SubjectId, Integer> positions;
    private final List<Link> links;
    private final Incidence incidence;

    private NetworkGraph(List<Subject> subjects, List<Link> links) {
        this.subjects = Collections.unmodifiableList(subjects);
        this.links = Collections.unmodifiableList(links);
        this.positions = new HashMap<>(subjects.size() * 4 / 3 + 1);
        for (int position = 0; position < subjects.size(); position++) {
            positions.put(subjects.get(position).id(), position);
        }
        int[] ends = new int[2 * links.size()];
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            ends[2 * k] = required(link.from(), link);
            ends[2 * k + 1] = required(link.to(), link);
        }
        this.incidence = Incidence.of(subjects.size(), ends);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A network of subjects and links already checked, as taken out of a larger network. */
    static NetworkGraph of(List<Subject> subjects, List<Link> links) {
        return new NetworkGraph(subjects, links);
    }

    /** Every subject, in the order they were added. */
    public List<Subject> subjects() {
        return subjects;
    }

    /** Every link, in the order they were first added. */
    public List<Link> links() {
        return links;
    }

    public Optional<Subject> subject(SubjectId id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(subjects.get(position));
    }

    public boolean contains(SubjectId id) {
        return positions.containsKey(id);
    }

    /** The links at a subject; empty for a subject not in the graph. */
    public List<Link> linksOf(SubjectId id) {
        Integer position = positions.get(id);
        if (position == null) {
            return List.of();
        }
        List<Link> found = new ArrayList<>(incidence.end(position) - incidence.first(position));
        for (int slot = incidence.first(position); slot < incidence.end(position); slot++) {
            found.add(links.get(incidence.link(slot)));
        }
        return found;
    }

    /** When a subject was first and last seen, from the evidence for its links and for naming it as a suspect. */
    public Optional<DateSpan> seen(SubjectId id) {
        return subject(id).flatMap(subject -> Stream.concat(linksOf(id).stream().map(Link::seen),
                DateSpan.of(subject.namedAsSuspect()).stream()).reduce(DateSpan::union));
    }

    /**
     * The network as it stands on the evidence the filter keeps. A link stays while some of its evidence is kept, with
     * only that evidence; a person stays a suspect only while some kept evidence names them; a subject stays while it
     * has a kept link or a kept suspect naming, so nothing appears whose only support was filtered out.
     */
    public NetworkGraph view(EvidenceFilter filter) {
        boolean[] supported = new boolean[subjects.size()];
        List<Link> kept = new ArrayList<>();
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            List<Evidence> visible = keptOf(link.evidence(), filter);
            if (!visible.isEmpty()) {
                kept.add(link.withEvidence(visible));
                supported[incidence.from(k)] = true;
                supported[incidence.to(k)] = true;
            }
        }
        List<Subject> keptSubjects = new ArrayList<>();
        for (int position = 0; position < subjects.size(); position++) {
            Subject subject = subjects.get(position);
            List<Evidence> namings = keptOf(subject.namedAsSuspect(), filter);
            if (supported[position] || !namings.isEmpty()) {
                keptSubjects.add(subject.withSuspectEvidence(namings));
            }
        }
        return new NetworkGraph(keptSubjects, kept);
    }

    /**
     * The part of the network among the given subjects: those subjects and every link between two of them. It costs
     * in proportion to the links at those subjects, not to the size of the whole network.
     */
    public NetworkGraph among(Collection<SubjectId> members) {
        Set<Integer> inside = new HashSet<>();
        members.forEach(id -> inside.add(position(id)));
        int[] sorted = inside.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Subject> kept = new ArrayList<>(sorted.length);
        List<Integer> between = new ArrayList<>();
        for (int v : sorted) {
            kept.add(subjects.get(v));
            for (int slot = incidence.first(v); slot < incidence.end(v); slot++) {
                int link = incidence.link(slot);
                int other = incidence.across(link, v);
                // Each link is met from both its ends; take it from the lower-numbered one.
                if (v < other && inside.contains(other)) {
                    between.add(link);
                }
            }
        }
        between.sort(null);
        return new NetworkGraph(kept, between.stream().map(links::get).toList());
    }

    int position(SubjectId id) {
        Integer position = positions.get(id);
        if (position == null) {
            throw new IllegalArgumentException("subject " + id + " is not in this network");
        }
        return position;
    }

    Incidence incidence() {
        return incidence;
    }

    private int required(SubjectId end, Link link) {
        Integer position = positions.get(end);
        if (position == null) {
            throw new IllegalArgumentException("link " + link + ": subject " + end + " was never added");
        }
        return position;
    }

    private static List<Evidence> keptOf(List<Evidence> evidence, EvidenceFilter filter) {
        int kept = 0;
        for (Evidence item : evidence) {
            kept += filter.keeps(item) ? 1 : 0;
        }
        if (kept == evidence.size()) {
            return evidence;
        }
        return kept == 0 ? List.of() : evidence.stream().filter(filter::keeps).toList();
    }

    /** Collects subjects, suspect namings and evidence; evidence for the same pair and link type joins one link. */
    public static final class Builder {

        private final Map<SubjectId, Subject> subjects = new LinkedHashMap<>();
        private final Map<SubjectId, List<Evidence>> namings = new HashMap<>();
        private final Map<PairKey, LinkDraft> links = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a subject; adding it again with the same type adds its areas, with another type is an error. */
        public Builder subject(SubjectId id, SubjectType type, String label, Collection<String> areas) {
            Subject known = subjects.get(id);
            if (known == null) {
                subjects.put(id, new Subject(id, type, label, new TreeSet<>(areas), List.of()));
            } else if (known.type() != type) {
                throw new IllegalArgumentException("subject " + id + ": added as " + known.type() + " and as " + type);
            } else {
                TreeSet<String> allAreas = new TreeSet<>(known.areas());
                allAreas.addAll(areas);
                subjects.put(id, new Subject(id, type, known.label(), allAreas, List.of()));
            }
            return this;
        }

        /** Adds a subject as it stands, with its suspect namings. */
        public Builder subject(Subject subject) {
            subject(subject.id(), subject.type(), subject.label(), subject.areas());
            subject.namedAsSuspect().forEach(naming -> suspect(subject.id(), naming));
            return this;
        }

        /** Records evidence naming a person as a suspect. */
        public Builder suspect(SubjectId person, Evidence evidence) {
            namings.computeIfAbsent(person, id -> new ArrayList<>()).add(evidence);
            return this;
        }

        public Builder link(SubjectId a, SubjectId b, LinkType type, Evidence evidence) {
            links.computeIfAbsent(PairKey.of(a, b, type), key -> new LinkDraft(a, b, type)).evidence.add(evidence);
            return this;
        }

        /** Adds a link with all its evidence. */
        public Builder link(Link link) {
            link.evidence().forEach(item -> link(link.from(), link.to(), link.type(), item));
            return this;
        }

        /** The network; fails naming the subject when a link or suspect naming refers to one never added. */
        public NetworkGraph build() {
            List<Subject> built = new ArrayList<>(subjects.size());
            namings.keySet().stream().filter(id -> !subjects.containsKey(id)).findFirst().ifPresent(id -> {
                throw new IllegalArgumentException("suspect naming: subject " + id + " was never added");
            });
            for (Subject subject : subjects.values()) {
                built.add(subject.withSuspectEvidence(namings.getOrDefault(subject.id(), List.of())));
            }
            List<Link> drafted = new ArrayList<>(links.size());
            for (LinkDraft draft : links.values()) {
                drafted.add(new Link(draft.from, draft.to, draft.type, draft.evidence));
            }
            return new NetworkGraph(built, drafted);
        }

        private record PairKey(SubjectId low, SubjectId high, LinkType type) {

            static PairKey of(SubjectId a, SubjectId b, LinkType type) {
                return a.compareTo(b) <= 0 ? new PairKey(a, b, type) : new PairKey(b, a, type);
            }
        }

        private static final class LinkDraft {

            private final SubjectId from;
            private final SubjectId to;
            private final LinkType type;
            private final List<Evidence> evidence = new ArrayList<>(1);

            private LinkDraft(SubjectId from, SubjectId to, LinkType type) {
                this.from = from;
                this.to = to;
                this.type = type;
            }
        }
    }
}
