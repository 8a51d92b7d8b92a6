package uk.lantern.network.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** Random undirected graphs for cross-checking the analyses, as edge lists that both sides can be built from. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    /** Each pair linked with the given probability; the last few subjects stay unlinked. */
    static int[] erdosRenyi(int size, double probability, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] ends = new int[size * size];
        int written = 0;
        for (int a = 0; a < size - 3; a++) {
            for (int b = a + 1; b < size - 3; b++) {
                if (random.nextDouble() < probability) {
                    ends[written++] = a;
                    ends[written++] = b;
                }
            }
        }
        return Arrays.copyOf(ends, written);
    }

    /**
     * Planted communities: {@code groups} groups of {@code groupSize}, pairs inside a group linked with probability
     * {@code inside}, and {@code across} links per subject on average to anyone.
     */
    static int[] plantedCommunities(int groups, int groupSize, double inside, double across, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int size = groups * groupSize;
        int[] ends = new int[2 * (size * groupSize + size * 4)];
        int written = 0;
        for (int g = 0; g < groups; g++) {
            for (int a = g * groupSize; a < (g + 1) * groupSize; a++) {
                for (int b = a + 1; b < (g + 1) * groupSize; b++) {
                    if (random.nextDouble() < inside) {
                        ends[written++] = a;
                        ends[written++] = b;
                    }
                }
            }
        }
        for (int k = 0; k < size * across / 2; k++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            if (a != b) {
                ends[written++] = a;
                ends[written++] = b;
            }
        }
        return Arrays.copyOf(ends, written);
    }

    static Graph<Integer, DefaultEdge> jgrapht(int size, int[] ends) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < size; v++) {
            graph.addVertex(v);
        }
        for (int k = 0; k < ends.length; k += 2) {
            graph.addEdge(ends[k], ends[k + 1]);
        }
        return graph;
    }
}
