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

        /**
         * Per subject, side by side so that one cache line serves each visit to a neighbour: at {@code 2v} its distance
         * from the source (-1 until reached), at {@code 2v + 1} first its number of shortest paths from the source, then,
         * once the walk back has passed it, its credit {@code (1 + dependency) / paths} for its predecessors. The
         * search is bound by memory latency on a large network, so halving the cache misses nearly halves its time.
         */
        private final double[] state;
        private final CompactGraph graph;
        private final int[] order;
        private final double[] scores;

        Search(CompactGraph graph) {
            this.graph = graph;
            int size = graph.size();
            state = new double[2 * size];
            for (int v = 0; v < size; v++) {
                state[2 * v] = -1;
            }
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
            state[2 * source] = 0;
            state[2 * source + 1] = 1;
            while (head < reached) {
                int v = order[head++];
                double next = state[2 * v] + 1;
                double paths = state[2 * v + 1];
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (state[2 * w] < 0) {
                        state[2 * w] = next;
                        order[reached++] = w;
                    }
                    if (state[2 * w] == next) {
                        state[2 * w + 1] += paths;
                    }
                }
            }
            // Walking back from the farthest subject, each one gathers the credit of its successors (neighbours one
            // step further from the source), so it writes only to itself rather than scattering to its predecessors.
            for (int i = reached - 1; i > 0; i--) {
                int v = order[i];
                double following = state[2 * v] + 1;
                double gathered = 0;
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (state[2 * w] == following) {
                        gathered += state[2 * w + 1];
                    }
                }
                double paths = state[2 * v + 1];
                double dependency = paths * gathered;
                scores[v] += dependency;
                state[2 * v + 1] = (1 + dependency) / paths;
            }
            for (int i = 0; i < reached; i++) {
                state[2 * order[i]] = -1;
                state[2 * order[i] + 1] = 0;
            }
        }
    }
}
