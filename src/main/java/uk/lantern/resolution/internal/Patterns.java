package uk.lantern.resolution.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The distinct comparison patterns of a set of pairs, with how many pairs have each: what EM works on. At most
 * {@link #MOST_PAIRS} pairs are compared, spread evenly over the set; more would add time, not accuracy.
 *
 * @param levels levels[p][c]: the level of comparison c in pattern p
 * @param counts how many pairs have pattern p
 */
record Patterns(int[][] levels, long[] counts) {

    static final int MOST_PAIRS = 2_000_000;
    private static final int CHUNKS = 64;

    /**
     * @param ignored comparisons left out (level 0, as if missing), for a session that blocks on their fields
     */
    static Patterns of(ComparisonVectors vectors, long[] pairs, int[] levelsPerComparison, Set<Integer> ignored) {
        Map<Long, Long> counted = count(vectors, pairs);
        int[][] levels = new int[counted.size()][];
        long[] counts = new long[counted.size()];
        int p = 0;
        for (Map.Entry<Long, Long> pattern : counted.entrySet()) {
            levels[p] = new int[levelsPerComparison.length];
            for (int c = 0; c < levelsPerComparison.length; c++) {
                levels[p][c] = ignored.contains(c) ? Comparison.MISSING_LEVEL
                        : vectors.levelIn(pattern.getKey(), c, levelsPerComparison[c]);
            }
            counts[p++] = pattern.getValue();
        }
        return new Patterns(levels, counts);
    }

    private static Map<Long, Long> count(ComparisonVectors vectors, long[] pairs) {
        long step = Math.max(1, pairs.length / MOST_PAIRS);
        return IntStream.range(0, CHUNKS).parallel().mapToObj(chunk -> {
            Map<Long, Long> counts = new HashMap<>();
            for (long at = chunk * step; at < pairs.length; at += CHUNKS * step) {
                long pair = pairs[(int) at];
                counts.merge(vectors.pattern(PairList.left(pair), PairList.right(pair)), 1L, Long::sum);
            }
            return counts;
        }).reduce((one, other) -> {
            other.forEach((pattern, count) -> one.merge(pattern, count, Long::sum));
            return one;
        }).orElse(Map.of());
    }
}
