package uk.lantern.network.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The network reduced to what the analyses need: which subjects are linked, each linked pair once whatever the number
 * of link types or evidence, in compressed sparse rows (the neighbours of {@code v} are
 * {@code neighbours[offsets[v]]} to {@code neighbours[offsets[v + 1] - 1]}, in ascending order). Two int arrays instead
 * of an object per node and edge keep a million subjects and five million links within a few tens of megabytes and let
 * the analyses run at memory speed.
 */
public final class CompactGraph {

    private final int[] offsets;
    private final int[] neighbours;

    CompactGraph(int[] offsets, int[] neighbours) {
        this.offsets = offsets;
        this.neighbours = neighbours;
    }

    public static CompactGraph of(Incidence incidence) {
        int size = incidence.subjects();
        int[] candidates = new int[2 * incidence.linkCount()];
        int[] distinct = new int[size];
        IntStream.range(0, size).parallel().forEach(v -> {
            int first = incidence.first(v);
            int end = incidence.end(v);
            for (int slot = first; slot < end; slot++) {
                candidates[slot] = incidence.across(incidence.link(slot), v);
            }
            Arrays.sort(candidates, first, end);
            int written = first;
            for (int slot = first; slot < end; slot++) {
                if (written == first || candidates[written - 1] != candidates[slot]) {
                    candidates[written++] = candidates[slot];
                }
            }
            distinct[v] = written - first;
        });
        int[] offsets = new int[size + 1];
        for (int v = 0; v < size; v++) {
            offsets[v + 1] = offsets[v] + distinct[v];
        }
        int[] neighbours = new int[offsets[size]];
        for (int v = 0; v < size; v++) {
            System.arraycopy(candidates, incidence.first(v), neighbours, offsets[v], distinct[v]);
        }
        return new CompactGraph(offsets, neighbours);
    }

    /** A graph from undirected edges given as pairs {@code (ends[2k], ends[2k + 1])}. */
    public static CompactGraph ofEdges(int size, int[] ends) {
        return of(Incidence.of(size, ends));
    }

    public int size() {
        return offsets.length - 1;
    }

    /** Twice the number of linked pairs: every pair is listed at both its subjects. */
    public int entries() {
        return neighbours.length;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    public int first(int v) {
        return offsets[v];
    }

    public int end(int v) {
        return offsets[v + 1];
    }

    public int neighbour(int slot) {
        return neighbours[slot];
    }
}
