package uk.lantern.oversight.internal.funnel;

/**
 * Control limits around a target rate for an area of a given population, after Spiegelhalter, "Funnel plots for
 * comparing institutional performance", Statistics in Medicine 2005; 24:1185–1202.
 *
 * <p>Rates are events per child. An area of n children at the target rate θ expects θn events, and its count is taken
 * as Poisson with that mean. The limits are the exact Poisson quantiles with the paper's interpolation (Appendix A.1):
 * for the p-quantile r<sub>p</sub> of Poisson(θn),
 * <pre>
 *     α = (P(X ≤ r<sub>p</sub>) − p) / (P(X ≤ r<sub>p</sub>) − P(X ≤ r<sub>p</sub> − 1))
 *     limit = (r<sub>p</sub> − α) / n
 * </pre>
 * which runs smoothly between the steps of the discrete distribution. p is 0.025 and 0.975 for the 95% limits, 0.001
 * and 0.999 for the 99.8% limits. For large θn the limits approach the normal approximation θ ± z·√(θ/n).
 *
 * <p>With over-dispersion each limit is moved away from the target: in the multiplicative model (§5.1) by the factor
 * √φ, θ + √φ·(limit − θ); in the additive random-effects model (§5.2) by √(1 + τ²/s²), where s² = θ/n is the area's
 * Poisson variance of the rate, so that the limits become θ ± z·√(s² + τ²) for large θn. A lower limit is never below
 * zero.
 */
public final class FunnelLimits {

    private final double targetRate;
    private final double inflation;
    private final double tau2;

    /**
     * @param targetRate events per child that every area is compared with, usually the national rate
     * @param inflation  the factor the distance of each limit from the target is multiplied by: 1 for Poisson
     *                   variation alone, √φ for multiplicative over-dispersion
     */
    public FunnelLimits(double targetRate, double inflation) {
        this(targetRate, inflation, 0);
    }

    private FunnelLimits(double targetRate, double inflation, double tau2) {
        if (!(targetRate >= 0) || Double.isInfinite(targetRate)) {
            throw new IllegalArgumentException("a target rate is finite and not negative: " + targetRate);
        }
        if (!(inflation >= 1) || Double.isInfinite(inflation)) {
            throw new IllegalArgumentException("limits are only ever widened: " + inflation);
        }
        if (!(tau2 >= 0) || Double.isInfinite(tau2)) {
            throw new IllegalArgumentException("a between-area variance is finite and not negative: " + tau2);
        }
        this.targetRate = targetRate;
        this.inflation = inflation;
        this.tau2 = tau2;
    }

    /**
     * Limits for the additive random-effects model: Poisson limits widened by √(1 + τ²/s²) for an area whose Poisson
     * variance of the rate is s² = θ/n.
     *
     * @param tau2 the between-area variance of the rate per child, τ²
     */
    public static FunnelLimits additive(double targetRate, double tau2) {
        return new FunnelLimits(targetRate, 1, tau2);
    }

    public double targetRate() {
        return targetRate;
    }

    /** Whether either model moves the limits away from the Poisson ones. */
    public boolean widened() {
        return inflation > 1 || tau2 > 0;
    }

    /** The upper limit, in events per child, for an area of {@code population} children. */
    public double upper(ControlLevel level, long population) {
        return limit(level.upperTail(), population);
    }

    /** The lower limit, in events per child, for an area of {@code population} children; never below zero. */
    public double lower(ControlLevel level, long population) {
        return limit(level.lowerTail(), population);
    }

    /** Where an area with {@code count} events among {@code population} children falls. A rate on a limit is inside. */
    public Position position(long count, long population) {
        double rate = (double) count / population;
        if (rate > upper(ControlLevel.NINETY_NINE_POINT_EIGHT, population)) {
            return Position.ABOVE_99_8;
        }
        if (rate > upper(ControlLevel.NINETY_FIVE, population)) {
            return Position.ABOVE_95;
        }
        if (rate < lower(ControlLevel.NINETY_NINE_POINT_EIGHT, population)) {
            return Position.BELOW_99_8;
        }
        if (rate < lower(ControlLevel.NINETY_FIVE, population)) {
            return Position.BELOW_95;
        }
        return Position.WITHIN;
    }

    private double limit(double p, long population) {
        if (population <= 0) {
            throw new IllegalArgumentException("limits need a population: " + population);
        }
        PoissonDistribution counts = new PoissonDistribution(targetRate * population);
        long quantile = counts.quantile(p);
        double atQuantile = counts.cumulative(quantile);
        double belowQuantile = counts.cumulative(quantile - 1);
        double alpha = (atQuantile - p) / (atQuantile - belowQuantile);
        double poissonLimit = (quantile - alpha) / population;
        return Math.max(0, targetRate + widening(population) * (poissonLimit - targetRate));
    }

    /** What the distance of a Poisson limit from the target is multiplied by, for an area of this population. */
    private double widening(long population) {
        if (tau2 == 0 || targetRate == 0) {
            return inflation;
        }
        return inflation * Math.sqrt(1 + tau2 * population / targetRate);
    }
}
