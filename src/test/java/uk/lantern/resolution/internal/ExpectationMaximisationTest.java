package uk.lantern.resolution.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectationMaximisationTest {

    /** Three comparisons of three levels each; 20% of pairs are matches. */
    private static final double[][] TRUE_M = {{0.85, 0.10, 0.05}, {0.70, 0.20, 0.10}, {0.90, 0.05, 0.05}};
    private static final double[][] TRUE_U = {{0.05, 0.15, 0.80}, {0.10, 0.20, 0.70}, {0.02, 0.08, 0.90}};
    private static final double MATCH_SHARE = 0.2;

    @Test
    void recoversTheParametersThatGeneratedThePairs() {
        int[][] patterns = allPatterns();
        long[] counts = drawnCounts(patterns, 200_000, new SplittableRandom(7));
        double[][] flatM = {{0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}};
        double[][] flatU = {{0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}};

        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(patterns, counts, flatM, flatU, 0.5);

        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.matchShare()).isCloseTo(MATCH_SHARE, within(0.01));
        for (int c = 0; c < 3; c++) {
            for (int level = 0; level < 3; level++) {
                assertThat(estimate.m()[c][level]).isCloseTo(TRUE_M[c][level], within(0.02));
                assertThat(estimate.u()[c][level]).isCloseTo(TRUE_U[c][level], within(0.02));
            }
        }
    }

    @Test
    void withUHeldFixedOnlyMAndTheShareMove() {
        int[][] patterns = allPatterns();
        long[] counts = drawnCounts(patterns, 200_000, new SplittableRandom(11));
        double[][] flatM = {{0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}, {0.6, 0.2, 0.2}};

        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(patterns, counts, flatM, TRUE_U, 0.5,
                true, false);

        assertThat(estimate.u()).isDeepEqualTo(TRUE_U);
        assertThat(estimate.m()[0][0]).isCloseTo(TRUE_M[0][0], within(0.02));
        assertThat(estimate.matchShare()).isCloseTo(MATCH_SHARE, within(0.01));
    }

    private static int[][] allPatterns() {
        int[][] patterns = new int[27][];
        for (int p = 0; p < 27; p++) {
            patterns[p] = new int[] {1 + p % 3, 1 + p / 3 % 3, 1 + p / 9};
        }
        return patterns;
    }

    private static long[] drawnCounts(int[][] patterns, int pairs, SplittableRandom random) {
        Map<Integer, Long> counts = new HashMap<>();
        for (int pair = 0; pair < pairs; pair++) {
            double[][] probabilities = random.nextDouble() < MATCH_SHARE ? TRUE_M : TRUE_U;
            int index = 0;
            for (int c = 2; c >= 0; c--) {
                index = index * 3 + draw(probabilities[c], random);
            }
            counts.merge(index, 1L, Long::sum);
        }
        long[] result = new long[patterns.length];
        counts.forEach((index, count) -> result[index] = count);
        return result;
    }

    private static int draw(double[] probabilities, SplittableRandom random) {
        double draw = random.nextDouble();
        for (int level = 0; level < probabilities.length - 1; level++) {
            draw -= probabilities[level];
            if (draw < 0) {
                return level;
            }
        }
        return probabilities.length - 1;
    }
}
