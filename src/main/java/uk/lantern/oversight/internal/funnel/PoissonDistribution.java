package uk.lantern.oversight.internal.funnel;

/**
 * The Poisson distribution with a given mean: exact cumulative probabilities and quantiles, as funnel limits for counts
 * need them.
 *
 * <p>Each cumulative probability is summed from the far side of the mean, where terms shrink as they go, so a sum
 * never depends on terms that underflow: below the mean it adds P(X = k), P(X = k - 1), ...; at or above the mean it
 * subtracts the upper tail P(X = k + 1), P(X = k + 2), ... from one.
 */
final class PoissonDistribution {

    /** A term this much smaller than the sum so far cannot change it in double precision. */
    private static final double NEGLIGIBLE = 1e-17;
    private static final int TABULATED_FACTORIALS = 256;
    private static final double[] LOG_FACTORIAL = new double[TABULATED_FACTORIALS];

    static {
        for (int k = 1; k < TABULATED_FACTORIALS; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private final double mean;

    PoissonDistribution(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a Poisson mean is finite and not negative: " + mean);
        }
        this.mean = mean;
    }

    /** P(X ≤ k); zero when k is negative. */
    double cumulative(long k) {
        if (k < 0) {
            return 0;
        }
        if (mean == 0) {
            return 1;
        }
        return k < mean ? lowerTailThrough(k) : 1 - upperTailBeyond(k);
    }

    /** The smallest count r with P(X ≤ r) ≥ p, for 0 &lt; p &lt; 1. */
    long quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile is taken at a probability between 0 and 1: " + p);
        }
        // Gallop upward from zero to bracket the quantile, then halve the bracket: (low, high] always holds it.
        long low = -1;
        long high = Math.max(1, (long) Math.ceil(mean));
        while (cumulative(high) < p) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (cumulative(middle) >= p) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private double lowerTailThrough(long k) {
        double term = probabilityOf(k);
        double sum = term;
        for (long j = k; j > 0 && term > NEGLIGIBLE * sum; j--) {
            term *= j / mean;
            sum += term;
        }
        return sum;
    }

    private double upperTailBeyond(long k) {
        double term = probabilityOf(k + 1);
        double sum = term;
        for (long j = k + 2; term > NEGLIGIBLE * sum; j++) {
            term *= mean / j;
            sum += term;
        }
        return sum;
    }

    private double probabilityOf(long k) {
        return Math.exp(k * Math.log(mean) - mean - logFactorial(k));
    }

    /** ln k!, from a table for small k and Stirling's series beyond it, where its error is below 1e-17. */
    static double logFactorial(long k) {
        if (k < TABULATED_FACTORIALS) {
            return LOG_FACTORIAL[(int) k];
        }
        double n = k;
        double inverse = 1 / n;
        double inverseSquared = inverse * inverse;
        return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)
                + inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared / 1260));
    }
}
