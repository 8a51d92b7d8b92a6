package uk.lantern.resolution.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Estimates the u-probabilities: how often each comparison level occurs among pairs of records picked at random,
 * nearly all of which are about different people. Small tables are compared pair by pair in full.
 */
final class RandomPairs {

    static final int SAMPLE = 2_000_000;
    private static final int CHUNKS = 64;

    private RandomPairs() {
    }

    /** counts[c][level]: how many sampled pairs reached each level of comparison c (level 0: value missing). */
    static long[][] levelCounts(ComparisonVectors vectors, int[] levelsPerComparison, int records, long seed) {
        long allPairs = (long) records * (records - 1) / 2;
        boolean everyPair = allPairs <= SAMPLE;
        return IntStream.range(0, CHUNKS).parallel()
                .mapToObj(chunk -> everyPair
                        ? countEveryPair(vectors, levelsPerComparison, records, chunk)
                        : countSample(vectors, levelsPerComparison, records, new SplittableRandom(seed + chunk)))
                .reduce(RandomPairs::sum)
                .orElseThrow();
    }

    private static long[][] countEveryPair(ComparisonVectors vectors, int[] levels, int records, int chunk) {
        long[][] counts = emptyCounts(levels);
        for (int left = chunk; left < records; left += CHUNKS) {
            for (int right = left + 1; right < records; right++) {
                count(vectors, counts, left, right);
            }
        }
        return counts;
    }

    private static long[][] countSample(ComparisonVectors vectors, int[] levels, int records,
            SplittableRandom random) {
        long[][] counts = emptyCounts(levels);
        for (int drawn = 0; drawn < SAMPLE / CHUNKS; drawn++) {
            int left = random.nextInt(records);
            int right = random.nextInt(records - 1);
            count(vectors, counts, left, right >= left ? right + 1 : right);
        }
        return counts;
    }

    private static void count(ComparisonVectors vectors, long[][] counts, int left, int right) {
        for (int c = 0; c < counts.length; c++) {
            counts[c][vectors.level(c, left, right)]++;
        }
    }

    private static long[][] emptyCounts(int[] levels) {
        long[][] counts = new long[levels.length][];
        for (int c = 0; c < levels.length; c++) {
            counts[c] = new long[levels[c] + 1];
        }
        return counts;
    }

    private static long[][] sum(long[][] one, long[][] other) {
        for (int c = 0; c < one.length; c++) {
            for (int level = 0; level < one[c].length; level++) {
                one[c][level] += other[c][level];
            }
        }
        return one;
    }

    /**
     * The u-probabilities from the counts, levels 1 to n (missing values do not count). Half a pair is added to every
     * level, so that a level no random pair reached (two equal social security numbers, say) gets a small u rather
     * than zero and an infinite weight.
     */
    static double[] probabilities(long[] counts) {
        double present = 0;
        for (int level = 1; level < counts.length; level++) {
            present += counts[level] + 0.5;
        }
        double[] u = new double[counts.length - 1];
        for (int level = 1; level < counts.length; level++) {
            u[level - 1] = (counts[level] + 0.5) / present;
        }
        return u;
    }
}
