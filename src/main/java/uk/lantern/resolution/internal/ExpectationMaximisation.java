package uk.lantern.resolution.internal;

/**
 * Fits the two-class Fellegi–Sunter mixture (matches and non-matches, comparisons independent within a class) to
 * comparison patterns by expectation–maximisation. Patterns are given with their counts, so the work per iteration
 * grows with the number of distinct patterns, not of pairs. Training fits m and the share of matches with u held
 * at the values from random pairs, as Splink does; fitting u too is there for the general case and for tests.
 */
final class ExpectationMaximisation {

    static final int MAX_ITERATIONS = 500;
    static final double TOLERANCE = 1e-7;
    /** No level is ever certain or impossible: a probability below this would give an unbounded weight. */
    private static final double FLOOR = 1e-6;

    /**
     * @param matchShare the fitted share of matches among the pairs
     * @param m m[c][level - 1]: the probability of each level of comparison c among matches
     * @param u the same among the pairs' non-matches
     */
    record Estimate(double matchShare, double[][] m, double[][] u, int iterations, boolean converged) {
    }

    private ExpectationMaximisation() {
    }

    /**
     * @param patternLevels patternLevels[p][c]: the level of comparison c in pattern p, 0 where a value is missing
     * @param counts how many pairs have each pattern
     * @param m the starting m-probabilities, m[c][level - 1]
     * @param u the starting u-probabilities
     * @param matchShare the starting share of matches
     */
    static Estimate fit(int[][] patternLevels, long[] counts, double[][] m, double[][] u, double matchShare) {
        return fit(patternLevels, counts, m, u, matchShare, true, true);
    }

    /** As {@link #fit(int[][], long[], double[][], double[][], double)}, holding m or u fixed where told to. */
    static Estimate fit(int[][] patternLevels, long[] counts, double[][] m, double[][] u, double matchShare,
            boolean fitM, boolean fitU) {
        if (patternLevels.length == 0) {
            return new Estimate(matchShare, copy(m), copy(u), 0, true);
        }
        double[][] mNow = copy(m);
        double[][] uNow = copy(u);
        double share = matchShare;
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[][] mSum = zeroLike(mNow);
            double[][] uSum = zeroLike(uNow);
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patternLevels.length; p++) {
                double matchLikelihood = share;
                double nonMatchLikelihood = 1 - share;
                int[] levels = patternLevels[p];
                for (int c = 0; c < levels.length; c++) {
                    if (levels[c] != Comparison.MISSING_LEVEL) {
                        matchLikelihood *= mNow[c][levels[c] - 1];
                        nonMatchLikelihood *= uNow[c][levels[c] - 1];
                    }
                }
                double posterior = matchLikelihood / (matchLikelihood + nonMatchLikelihood);
                double asMatch = counts[p] * posterior;
                double asNonMatch = counts[p] - asMatch;
                matches += asMatch;
                total += counts[p];
                for (int c = 0; c < levels.length; c++) {
                    if (levels[c] != Comparison.MISSING_LEVEL) {
                        mSum[c][levels[c] - 1] += asMatch;
                        uSum[c][levels[c] - 1] += asNonMatch;
                    }
                }
            }
            double change = (fitM ? normaliseInto(mSum, mNow) : 0) + (fitU ? normaliseInto(uSum, uNow) : 0);
            double newShare = matches / total;
            change += Math.abs(newShare - share);
            share = newShare;
            if (change < TOLERANCE) {
                return new Estimate(share, mNow, uNow, iteration, true);
            }
        }
        return new Estimate(share, mNow, uNow, MAX_ITERATIONS, false);
    }

    /** Turns expected counts into probabilities in place of the old ones; returns how far they moved. */
    private static double normaliseInto(double[][] sums, double[][] probabilities) {
        double change = 0;
        for (int c = 0; c < sums.length; c++) {
            double total = 0;
            for (double sum : sums[c]) {
                total += sum;
            }
            if (total == 0) {
                continue;
            }
            for (int level = 0; level < sums[c].length; level++) {
                double probability = Math.max(sums[c][level] / total, FLOOR);
                change += Math.abs(probability - probabilities[c][level]);
                probabilities[c][level] = probability;
            }
        }
        return change;
    }

    private static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = values[c].clone();
        }
        return copy;
    }

    private static double[][] zeroLike(double[][] values) {
        double[][] zeros = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            zeros[c] = new double[values[c].length];
        }
        return zeros;
    }
}
