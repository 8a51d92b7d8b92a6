package uk.lantern.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.lantern.network.internal.BreadthFirst;
import uk.lantern.network.internal.Brandes;
import uk.lantern.network.internal.CompactGraph;
import uk.lantern.network.internal.ConnectedComponents;
import uk.lantern.network.internal.DossierGroups;
import uk.lantern.network.internal.Incidence;
import uk.lantern.network.internal.Louvain;
import uk.lantern.network.internal.PageRank;

/**
 * The analyses of one network (usually a view filtered for a viewer): connected networks, communities, centrality,
 * shortest paths, neighbourhoods and network dossiers. Results are computed when first asked for and kept; an analysis
 * may be shared between threads.
 */
public final class NetworkAnalysis {

    /** Networks up to this many subjects get exact betweenness; larger ones a sampled estimate. */
    public static final int EXACT_BETWEENNESS_LIMIT = 2_000;

    /**
     * How many sources sampled betweenness uses by default: on the benchmark network (a million subjects) 128 searches
     * keep communities and centrality well inside a minute on two cores, and find the most central subjects; see
     * docs/network-analysis.md for the error.
     */
    public static final int DEFAULT_PIVOTS = 128;

    /** Fixed, so that communities and sampled betweenness come out the same every time for the same network. */
    private static final long SEED = 1;

    private final NetworkGraph graph;
    private final BreadthFirst search;
    private final CompactGraph compact;
    private Partition communities;

    private NetworkAnalysis(NetworkGraph graph) {
        this.graph = graph;
        this.search = new BreadthFirst(graph.incidence());
        this.compact = CompactGraph.of(graph.incidence());
    }

    /** Prepares the analyses of a network; on a million subjects this takes about a second, so keep and share it. */
    public static NetworkAnalysis of(NetworkGraph graph) {
        return new NetworkAnalysis(graph);
    }

    public NetworkGraph graph() {
        return graph;
    }

    /** The connected networks: subjects joined by any chain of links. */
    public Partition networks() {
        return new Partition(graph, compact, ConnectedComponents.label(compact));
    }

    /** Communities by the Louvain method: groups more densely linked inside than to each other. */
    public synchronized Partition communities() {
        if (communities == null) {
            communities = new Partition(graph, compact, Louvain.communities(compact, SEED));
        }
        return communities;
    }



    public SubjectScores degree() {
        CompactGraph links = compact;
        double[] degree = new double[links.size()];
        for (int v = 0; v < degree.length; v++) {
            degree[v] = links.degree(v);
        }
        return new SubjectScores(graph, degree, true);
    }

    public SubjectScores pageRank() {
        return new SubjectScores(graph, PageRank.of(compact), true);
    }

    /** Exact betweenness up to {@link #EXACT_BETWEENNESS_LIMIT} subjects, sampled from {@link #DEFAULT_PIVOTS} above. */
    public SubjectScores betweenness() {
        return compact.size() <= EXACT_BETWEENNESS_LIMIT ? betweenness(compact.size()) : betweenness(DEFAULT_PIVOTS);
    }

    /** Betweenness estimated from {@code pivots} sources chosen at random; exact when that is every subject. */
    public SubjectScores betweenness(int pivots) {
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots: must be at least 1, was " + pivots);
        }
        boolean exact = pivots >= compact.size();
        return new SubjectScores(graph, exact ? Brandes.exact(compact) : Brandes.sampled(compact, pivots, SEED),
                exact);
    }

    public Centrality centrality() {
        return new Centrality(degree(), betweenness(), pageRank());
    }

    /** A path crossing the fewest links between two subjects, with every link of each hop; empty if none exists. */
    public Optional<SubjectPath> shortestPath(SubjectId from, SubjectId to) {
        int[] path = search.path(graph.position(from), graph.position(to));
        if (path.length == 0) {
            return Optional.empty();
        }
        Incidence incidence = graph.incidence();
        List<SubjectId> subjects = new ArrayList<>(path.length);
        List<Hop> hops = new ArrayList<>(path.length - 1);
        for (int i = 0; i < path.length; i++) {
            subjects.add(subjectAt(path[i]).id());
            if (i > 0) {
                List<Link> between = new ArrayList<>();
                for (int slot = incidence.first(path[i - 1]); slot < incidence.end(path[i - 1]); slot++) {
                    int link = incidence.link(slot);
                    if (incidence.across(link, path[i - 1]) == path[i]) {
                        between.add(graph.links().get(link));
                    }
                }
                hops.add(new Hop(subjects.get(i - 1), subjects.get(i), between));
            }
        }
        return Optional.of(new SubjectPath(subjects, hops));
    }

    /** The subjects within {@code hops} links of a subject and the links among them; see {@link Neighbourhood}. */
    public Neighbourhood neighbourhood(SubjectId centre, int hops) {
        if (hops < 0) {
            throw new IllegalArgumentException("hops: must not be negative, was " + hops);
        }
        BreadthFirst.Ball ball = search.ball(graph.position(centre), hops);
        List<Subject> subjects = new ArrayList<>(ball.subjects().length);
        for (int v : ball.subjects()) {
            subjects.add(subjectAt(v));
        }
        List<Link> links = new ArrayList<>(ball.links().length);
        for (int link : ball.links()) {
            links.add(graph.links().get(link));
        }
        return new Neighbourhood(centre, hops, subjects, links);
    }

    /**
     * Every group of two or more suspects linked to two or more children, as a dossier; the groups with most children
     * first. See {@link DossierGroups} for what makes a group.
     */
    public List<NetworkDossier> dossiers() {
        List<Subject> subjects = graph.subjects();
        boolean[] suspect = new boolean[subjects.size()];
        boolean[] child = new boolean[subjects.size()];
        for (int v = 0; v < suspect.length; v++) {
            suspect[v] = subjects.get(v).isSuspect();
            child[v] = subjects.get(v).isChild();
        }
        int[] network = ConnectedComponents.label(compact);
        return DossierGroups.find(suspect, child, network, () -> communities().byPosition()).stream()
                .map(group -> NetworkDossier.of(graph.among(idsOf(group.members())), group.networkSize()))
                .sorted(Comparator.comparingInt((NetworkDossier dossier) -> dossier.children().size()).reversed()
                        .thenComparing(Comparator.comparingInt((NetworkDossier dossier) -> dossier.members().size())
                                .reversed())
                        .thenComparing(dossier -> dossier.id().value()))
                .toList();
    }

    private List<SubjectId> idsOf(int[] positions) {
        List<SubjectId> ids = new ArrayList<>(positions.length);
        for (int v : positions) {
            ids.add(subjectAt(v).id());
        }
        return ids;
    }

    private Subject subjectAt(int position) {
        return graph.subjects().get(position);
    }
}
