package uk.lantern.network.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import uk.lantern.network.EvidenceFilter;
import uk.lantern.network.NetworkAnalysis;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.Partition;
import uk.lantern.network.Subject;

/**
 * Times the analyses on a synthetic network through the public API, one phase after another, and prints each figure
 * as soon as it is known. Only the phases are timed: the application around it has started before.
 */
public final class NetworkBenchmark {

    /** What to run. */
    public record Spec(int nodes, int edges, long seed, int queries, int pivots) {
    }

    private static final int WARM_UP_QUERIES = 200;
    private static final int PATH_QUERIES = 100;

    private final PrintStream out;

    public NetworkBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Spec spec) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        out.printf(Locale.ROOT, "Network benchmark: %,d subjects, %,d links, seed %d; %d processors, max heap %,d MB%n",
                spec.nodes(), spec.edges(), spec.seed(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        NetworkGraph graph = timed("generate and build the typed graph",
                () -> SyntheticNetwork.generate(spec.nodes(), spec.edges(), spec.seed()),
                built -> String.format(Locale.ROOT, "%,d subjects, %,d links, %,d pieces of evidence",
                        built.subjects().size(), built.links().size(),
                        built.links().stream().mapToLong(link -> link.evidence().size()).sum()));
        NetworkAnalysis analysis = timed("index for analysis", () -> NetworkAnalysis.of(graph), index -> "");
        timed("connected networks", analysis::networks, networks -> String.format(Locale.ROOT,
                "%,d networks, the largest %,d subjects", networks.count(), networks.groups().get(0).size()));
        long analysed = System.nanoTime();
        Partition communities = timed("communities (Louvain)", analysis::communities,
                found -> String.format(Locale.ROOT, "%,d communities", found.count()));
        timed("degree", analysis::degree, scores -> "");
        timed("PageRank", analysis::pageRank, scores -> "");
        timed("betweenness (" + spec.pivots() + " pivots)", () -> analysis.betweenness(spec.pivots()),
                scores -> scores.exact() ? "exact" : "sampled");
        out.printf(Locale.ROOT, "%-40s %8.1f s   (target: under 60 s)%n", "communities and centrality",
                seconds(analysed));
        out.printf(Locale.ROOT, "%-40s %10.3f%n", "modularity of the communities", communities.modularity());

        timed("view for handling P only", () -> graph.view(EvidenceFilter.handlingPermittedOnly()),
                view -> String.format(Locale.ROOT, "%,d subjects, %,d links", view.subjects().size(),
                        view.links().size()));
        timed("network dossiers", analysis::dossiers, dossiers -> String.format(Locale.ROOT,
                "%,d dossiers, the largest with %,d members and %,d children", dossiers.size(),
                dossiers.stream().mapToInt(dossier -> dossier.members().size()).max().orElse(0),
                dossiers.stream().mapToInt(dossier -> dossier.children().size()).max().orElse(0)));

        neighbourhoods(analysis, spec);
        paths(analysis, spec);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "peak heap (sum of the heap pools' peaks): %,d MB%n", peak >> 20);
    }

    private void neighbourhoods(NetworkAnalysis analysis, Spec spec) {
        List<Subject> subjects = analysis.graph().subjects();
        SplittableRandom random = new SplittableRandom(spec.seed());
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            analysis.neighbourhood(subjects.get(random.nextInt(subjects.size())).id(), 2);
        }
        long[] nanos = new long[spec.queries()];
        long reached = 0;
        for (int i = 0; i < nanos.length; i++) {
            Subject centre = subjects.get(random.nextInt(subjects.size()));
            long started = System.nanoTime();
            reached += analysis.neighbourhood(centre.id(), 2).subjects().size();
            nanos[i] = System.nanoTime() - started;
        }
        out.printf(Locale.ROOT, "two-hop neighbourhood, %,d random subjects (after %d to warm up): %s; "
                + "mean %,d subjects%n", nanos.length, WARM_UP_QUERIES, percentiles(nanos), reached / nanos.length);
    }

    private void paths(NetworkAnalysis analysis, Spec spec) {
        List<Subject> subjects = analysis.graph().subjects();
        SplittableRandom random = new SplittableRandom(spec.seed() + 1);
        long[] nanos = new long[PATH_QUERIES];
        long hops = 0;
        for (int i = 0; i < nanos.length; i++) {
            Subject from = subjects.get(random.nextInt(subjects.size()));
            Subject to = subjects.get(random.nextInt(subjects.size()));
            long started = System.nanoTime();
            hops += analysis.shortestPath(from.id(), to.id()).map(path -> path.length()).orElse(0);
            nanos[i] = System.nanoTime() - started;
        }
        out.printf(Locale.ROOT, "shortest path, %d random pairs: %s; mean %.1f hops%n", nanos.length,
                percentiles(nanos), (double) hops / nanos.length);
    }

    private <T> T timed(String phase, Supplier<T> work, Function<T, String> describe) {
        long started = System.nanoTime();
        T result = work.get();
        double elapsed = seconds(started);
        String about = describe.apply(result);
        out.printf(Locale.ROOT, "%-40s %8.1f s%s%n", phase, elapsed, about.isEmpty() ? "" : "   (" + about + ")");
        return result;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", at(sorted, 0.50),
                at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
