package uk.lantern.network;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A group showing the group-based exploitation pattern, two or more suspects linked to two or more children, with
 * everything in it: every member (suspects, other persons, vehicles, phones, places, organisations) and every child,
 * each with its centrality in the group, most central first; every link with its evidence and grading; when the group
 * was first and last seen; and the areas it covers. Nothing is ever cut to a size. See docs/network-analysis.md for how
 * groups are found.
 *
 * @param networkSize how many subjects the connected network the group belongs to has; larger than the group when a
 *     very large network was split into communities
 */
public record NetworkDossier(DossierId id, List<DossierMember> members, List<DossierMember> children,
        List<Link> links, DateSpan seen, SortedSet<String> areas, int networkSize) {

    private static final Comparator<DossierMember> MOST_CENTRAL_FIRST = Comparator
            .comparingDouble(DossierMember::betweenness).reversed()
            .thenComparing(Comparator.comparingDouble(DossierMember::pageRank).reversed())
            .thenComparing(member -> member.subject().id());

    public NetworkDossier {
        members = List.copyOf(members);
        children = List.copyOf(children);
        links = List.copyOf(links);
    }

    /** The dossier of a group, given as the part of the network among its subjects. */
    static NetworkDossier of(NetworkGraph group, int networkSize) {
        NetworkAnalysis analysis = NetworkAnalysis.of(group);
        Centrality centrality = analysis.centrality();
        List<DossierMember> everyone = group.subjects().stream()
                .map(subject -> new DossierMember(subject, (int) centrality.degree().of(subject.id()),
                        centrality.betweenness().of(subject.id()), centrality.pageRank().of(subject.id())))
                .sorted(MOST_CENTRAL_FIRST).toList();
        DateSpan seen = Stream.concat(group.links().stream().map(Link::seen), group.subjects().stream()
                .flatMap(subject -> DateSpan.of(subject.namedAsSuspect()).stream())).reduce(DateSpan::union)
                .orElseThrow();
        TreeSet<String> areas = new TreeSet<>();
        group.subjects().forEach(subject -> areas.addAll(subject.areas()));
        return new NetworkDossier(DossierId.of(group.subjects().stream().map(Subject::id).toList()),
                everyone.stream().filter(member -> !member.subject().isChild()).toList(),
                everyone.stream().filter(member -> member.subject().isChild()).toList(),
                group.links(), seen, Collections.unmodifiableSortedSet(areas), networkSize);
    }

    public int suspectCount() {
        return (int) members.stream().filter(member -> member.subject().isSuspect()).count();
    }

    public DossierSummary summary() {
        return new DossierSummary(id, members.size(), suspectCount(), children.size());
    }

    /**
     * The dossier as it stands on the evidence a filter keeps (a time window, a grading), under its own id so that a
     * reader can narrow a dossier without losing it; empty when the filter keeps none of its links.
     */
    public Optional<NetworkDossier> filtered(EvidenceFilter filter) {
        NetworkGraph kept = graph().view(filter);
        if (kept.links().isEmpty()) {
            return Optional.empty();
        }
        NetworkDossier narrowed = of(kept, networkSize);
        return Optional.of(new NetworkDossier(id, narrowed.members, narrowed.children, narrowed.links, narrowed.seen,
                narrowed.areas, networkSize));
    }

    /** The dossier's group as a network of its own, to export or analyse further. */
    public NetworkGraph graph() {
        return NetworkGraph.of(Stream.concat(members.stream(), children.stream()).map(DossierMember::subject).toList(),
                links);
    }
}
