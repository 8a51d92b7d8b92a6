package uk.lantern.network.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Communities by the Louvain method (Blondel et al., 2008): subjects move to the neighbouring community that raises
 * modularity most, until none does; then each community becomes one node of a smaller graph and the moving starts
 * again, until a level moves nothing. Moving is driven by a queue (a subject is looked at again only when a neighbour
 * has moved, as in Leiden's fast local move), which needs far fewer passes over a large graph than sweeping every
 * subject each round. The visiting order is shuffled with a fixed seed, so the result is reproducible.
 */
public final class Louvain {

    /** A move must gain at least this much, so rounding can never send a subject back and forth for ever. */
    private static final double LEAST_GAIN = 1e-12;

    private Louvain() {
    }

    /** The community of each subject, numbered from 0. */
    public static int[] communities(CompactGraph graph, long seed) {
        Level level = Level.of(graph);
        int[] community = new int[graph.size()];
        Arrays.setAll(community, v -> v);
        SplittableRandom random = new SplittableRandom(seed);
        while (true) {
            int[] moved = level.moveNodes(random);
            if (moved == null) {
                return community;
            }
            int count = renumber(moved);
            for (int v = 0; v < community.length; v++) {
                community[v] = moved[community[v]];
            }
            level = level.aggregate(moved, count);
        }
    }

    /** Newman's modularity of a partition: the share of links inside communities beyond what chance would give. */
    public static double modularity(CompactGraph graph, int[] community) {
        double twiceLinks = graph.entries();
        if (twiceLinks == 0) {
            return 0;
        }
        double[] inside = new double[graph.size()];
        double[] total = new double[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            total[community[v]] += graph.degree(v);
            for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                if (community[graph.neighbour(slot)] == community[v]) {
                    inside[community[v]]++;
                }
            }
        }
        double modularity = 0;
        for (int c = 0; c < inside.length; c++) {
            modularity += inside[c] / twiceLinks - (total[c] / twiceLinks) * (total[c] / twiceLinks);
        }
        return modularity;
    }

    private static int renumber(int[] community) {
        int[] number = new int[community.length];
        Arrays.fill(number, -1);
        int count = 0;
        for (int v = 0; v < community.length; v++) {
            if (number[community[v]] < 0) {
                number[community[v]] = count++;
            }
            community[v] = number[community[v]];
        }
        return count;
    }

    /**
     * One level of the method: a weighted graph whose nodes are the communities of the level below. {@code loops[v]}
     * is the weight inside node {@code v}, counted from both ends as the links it stands for were.
     */
    private static final class Level {

        private final int[] offsets;
        private final int[] targets;
        private final double[] weights;
        private final double[] loops;
        private final double[] degree;
        private final double twiceWeight;

        private Level(int[] offsets, int[] targets, double[] weights, double[] loops) {
            this.offsets = offsets;
            this.targets = targets;
            this.weights = weights;
            this.loops = loops;
            int size = offsets.length - 1;
            this.degree = new double[size];
            double sum = 0;
            for (int v = 0; v < size; v++) {
                double d = loops[v];
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                    d += weights[slot];
                }
                degree[v] = d;
                sum += d;
            }
            this.twiceWeight = sum;
        }

        static Level of(CompactGraph graph) {
            int size = graph.size();
            int[] offsets = new int[size + 1];
            int[] targets = new int[graph.entries()];
            for (int v = 0; v < size; v++) {
                offsets[v + 1] = graph.end(v);
                for (int slot = graph.first(v); slot < graph.end(v); slot++) {
                    targets[slot] = graph.neighbour(slot);
                }
            }
            double[] weights = new double[targets.length];
            Arrays.fill(weights, 1.0);
            return new Level(offsets, targets, weights, new double[size]);
        }

        int size() {
            return offsets.length - 1;
        }

        /** Moves nodes between communities until no move raises modularity; null when nothing moved at all. */
        int[] moveNodes(SplittableRandom random) {
            int size = size();
            int[] community = new int[size];
            Arrays.setAll(community, v -> v);
            if (twiceWeight == 0) {
                return null;
            }
            double[] total = degree.clone();
            double[] weightTo = new double[size];
            int[] touched = new int[size];
            int[] queue = shuffled(size, random);
            boolean[] queued = new boolean[size];
            Arrays.fill(queued, true);
            int head = 0;
            int waiting = size;
            boolean anyMoved = false;
            while (waiting > 0) {
                int v = queue[head];
                head = (head + 1) % size;
                waiting--;
                queued[v] = false;
                int current = community[v];
                int touchedCount = 0;
                touched[touchedCount++] = current;
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                    int c = community[targets[slot]];
                    if (weightTo[c] == 0 && c != current) {
                        touched[touchedCount++] = c;
                    }
                    weightTo[c] += weights[slot];
                }
                total[current] -= degree[v];
                int best = current;
                double bestGain = weightTo[current] - total[current] * degree[v] / twiceWeight;
                for (int i = 1; i < touchedCount; i++) {
                    int c = touched[i];
                    double gain = weightTo[c] - total[c] * degree[v] / twiceWeight;
                    if (gain > bestGain + LEAST_GAIN) {
                        best = c;
                        bestGain = gain;
                    }
                }
                total[best] += degree[v];
                for (int i = 0; i < touchedCount; i++) {
                    weightTo[touched[i]] = 0;
                }
                if (best != current) {
                    community[v] = best;
                    anyMoved = true;
                    for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                        int w = targets[slot];
                        if (!queued[w] && community[w] != best) {
                            queued[w] = true;
                            queue[(head + waiting) % size] = w;
                            waiting++;
                        }
                    }
                }
            }
            return anyMoved ? community : null;
        }

        /** The graph of communities: one node per community, the links between communities summed. */
        Level aggregate(int[] community, int count) {
            int size = size();
            int[] memberStart = new int[count + 1];
            for (int v = 0; v < size; v++) {
                memberStart[community[v] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                memberStart[c + 1] += memberStart[c];
            }
            int[] members = new int[size];
            int[] fill = Arrays.copyOf(memberStart, count);
            for (int v = 0; v < size; v++) {
                members[fill[community[v]]++] = v;
            }
            double[] loopsAbove = new double[count];
            double[] weightTo = new double[count];
            int[] touched = new int[count];
            int[] offsetsAbove = new int[count + 1];
            int[] targetsAbove = new int[targets.length];
            double[] weightsAbove = new double[targets.length];
            int written = 0;
            for (int c = 0; c < count; c++) {
                int touchedCount = 0;
                for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                    int v = members[m];
                    loopsAbove[c] += loops[v];
                    for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                        int other = community[targets[slot]];
                        if (other == c) {
                            loopsAbove[c] += weights[slot];
                        } else {
                            if (weightTo[other] == 0) {
                                touched[touchedCount++] = other;
                            }
                            weightTo[other] += weights[slot];
                        }
                    }
                }
                for (int i = 0; i < touchedCount; i++) {
                    targetsAbove[written] = touched[i];
                    weightsAbove[written++] = weightTo[touched[i]];
                    weightTo[touched[i]] = 0;
                }
                offsetsAbove[c + 1] = written;
            }
            return new Level(offsetsAbove, Arrays.copyOf(targetsAbove, written), Arrays.copyOf(weightsAbove, written),
                    loopsAbove);
        }

        private static int[] shuffled(int size, SplittableRandom random) {
            int[] order = new int[size];
            Arrays.setAll(order, v -> v);
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        }
    }
}
