package uk.lantern.network.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * PageRank on the undirected network (each link counts in both directions), by power iteration. A subject without
 * links spreads its rank evenly over everyone, as the random surfer jumps from a dead end, so the ranks always sum to 1.
 * Each iteration pulls rank from neighbours, so the node ranges can be computed in parallel without locks.
 */
public final class PageRank {

    public static final double DAMPING = 0.85;
    /** Stop when the ranks, which sum to 1, move by less than this in total. */
    static final double TOLERANCE = 1e-7;
    static final int MAX_ITERATIONS = 100;

    private PageRank() {
    }

    public static double[] of(CompactGraph graph) {
        int size = graph.size();
        if (size == 0) {
            return new double[0];
        }
        double[] rank = new double[size];
        Arrays.fill(rank, 1.0 / size);
        double[] share = new double[size];
        double[] next = new double[size];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] current = rank;
            IntStream.range(0, size).parallel()
                    .forEach(v -> share[v] = graph.degree(v) == 0 ? 0 : current[v] / graph.degree(v));
            double dangling = IntStream.range(0, size).parallel().filter(v -> graph.degree(v) == 0)
                    .mapToDouble(v -> current[v]).sum();
            double base = (1 - DAMPING) / size + DAMPING * dangling / size;
            double change = IntStream.range(0, size).parallel().mapToDouble(v -> {
                double sum = 0;
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    sum += share[graph.neighbour(slot)];
                }
                next[v] = base + DAMPING * sum;
                return Math.abs(next[v] - current[v]);
            }).sum();
            System.arraycopy(next, 0, rank, 0, size);
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
