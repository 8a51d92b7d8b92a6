package uk.lantern.network.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Betweenness centrality by Brandes' algorithm: one breadth-first search from each source, then dependencies
 * accumulated back down the search. Exact uses every subject as a source, which costs O(nm) and suits networks of a few
 * thousand subjects. Sampled uses {@code pivots} sources drawn uniformly at random and scales the result by
 * {@code n / pivots} (Brandes and Pich, 2007): an unbiased estimate whose error shrinks with the square root of the
 * number of pivots, so the subjects that lie on many paths are found reliably while the small scores are rough.
 * Scores follow the undirected convention (each pair of end points counted once), as JGraphT's do.
 */
public final class Brandes {

    private Brandes() {
    }

    public static double[] exact(CompactGraph graph) {
        return fromSources(graph, IntStream.range(0, graph.size()).toArray(), 1.0);
    }

    public static double[] sampled(CompactGraph graph, int pivots, long seed) {
        int size = graph.size();
        if (pivots >= size) {
            return exact(graph);
        }
        int[] order = IntStream.range(0, size).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pivots; i++) {
            int j = i + random.nextInt(size - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return fromSources(graph, Arrays.copyOf(order, pivots), (double) size / pivots);
    }

    private static double[] fromSources(CompactGraph graph, int[] sources, double scale) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sources.length));
        double[] total = IntStream.range(0, threads).parallel()
                .mapToObj(thread -> new Search(graph).accumulate(sources, thread, threads))
                .reduce(new double[graph.size()], Brandes::sum);
        // Each pair of end points is met from both ends in an undirected search.
        double factor = scale / 2;
        for (int v = 0; v < total.length; v++) {
            total[v] *= factor;
        }
        return total;
    }

    private static double[] sum(double[] a, double[] b) {
        double[] result = new double[a.length];
        for (int v = 0; v < a.length; v++) {
            result[v] = a[v] + b[v];
        }
        return result;
    }

    /** One thread's working arrays, reused from source to source and reset only where a search reached. */
    private static final class Search {

        private final CompactGraph graph;
        private final int[] distance;
        private final double[] paths;
        private final double[] credit;
        private final int[] order;
        private final double[] scores;

        Search(CompactGraph graph) {
            this.graph = graph;
            int size = graph.size();
            distance = new int[size];
            Arrays.fill(distance, -1);
            paths = new double[size];
            credit = new double[size];
            order = new int[size];
            scores = new double[size];
        }

        double[] accumulate(int[] sources, int thread, int threads) {
            for (int i = thread; i < sources.length; i += threads) {
                from(sources[i]);
            }
            return scores;
        }

        private void from(int source) {
            int reached = 0;
            int head = 0;
            order[reached++] = source;
            distance[source] = 0;
            paths[source] = 1;
            while (head < reached) {
                int v = order[head++];
                int next = distance[v] + 1;
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[reached++] = w;
                    }
                    if (distance[w] == next) {
                        paths[w] += paths[v];
                    }
                }
            }
            // Walking back from the farthest subject, each one gathers the dependency of its successors (neighbours one
            // step further from the source). A finished subject keeps (1 + dependency) / paths, so gathering reads one
            // value per successor and writes only the subject itself, sparing a scattered write per link.
            for (int i = reached - 1; i > 0; i--) {
                int v = order[i];
                int following = distance[v] + 1;
                double gathered = 0;
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (distance[w] == following) {
                        gathered += credit[w];
                    }
                }
                double dependency = paths[v] * gathered;
                scores[v] += dependency;
                credit[v] = (1 + dependency) / paths[v];
            }
            for (int i = 0; i < reached; i++) {
                int v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                credit[v] = 0;
            }
        }
    }
}
