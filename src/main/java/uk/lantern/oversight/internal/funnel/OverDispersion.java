package uk.lantern.oversight.internal.funnel;

import java.util.Arrays;
import java.util.List;

/**
 * Over-dispersion, after Spiegelhalter (2005) §5: whether areas vary around the target more than chance alone allows,
 * and by how much to widen the funnel if they do, in either of the paper's two models.
 *
 * <p>Each area's z-score is z<sub>i</sub> = (y<sub>i</sub> − θ) / √(θ / n<sub>i</sub>), with y<sub>i</sub> its rate per
 * child and n<sub>i</sub> its children. So that a few extreme areas cannot set the width for all, the z-scores are
 * winsorised: those below the 10th percentile are raised to it and those above the 90th lowered to it (percentiles by
 * linear interpolation between order statistics). Then
 * <pre>
 *     φ̂ = (1/I) Σ z<sub>i</sub>²
 * </pre>
 * over the I areas. Without over-dispersion Iφ̂ is about χ² on I − 1 degrees of freedom, whose mean is I − 1, so
 * over-dispersion is taken as detected when Iφ̂ &gt; I − 1.
 *
 * <p>The multiplicative model (§5.1) then widens every limit by √φ̂ (never narrows it). The additive random-effects
 * model (§5.2) instead supposes each area's true rate varies around the target with variance τ², estimated by the
 * method of moments (DerSimonian and Laird) from the same winsorised z-scores:
 * <pre>
 *     τ̂² = (Iφ̂ − (I − 1)) / (Σ w<sub>i</sub> − Σ w<sub>i</sub>² / Σ w<sub>i</sub>),  w<sub>i</sub> = n<sub>i</sub> / θ
 * </pre>
 * (0 when not detected), so that a large area, whose chance variation is small, gets relatively wider limits.
 *
 * @param phi      the estimated dispersion φ̂; 1 when it cannot be estimated
 * @param tau2     the estimated between-area variance τ̂² of the rate per child; 0 when not detected
 * @param areas    I, the number of areas it was estimated from
 * @param detected whether Iφ̂ &gt; I − 1
 */
public record OverDispersion(double phi, double tau2, int areas, boolean detected) {

    private static final double WINSOR_LOWER = 0.10;
    private static final double WINSOR_UPPER = 0.90;

    /**
     * The estimate for these areas against {@code targetRate}. A target of zero gives every z-score a zero divisor,
     * and no area gives nothing to estimate from: both are reported as not detected.
     */
    public static OverDispersion estimate(double targetRate, List<ObservedArea> observed) {
        int count = observed.size();
        if (targetRate <= 0 || count == 0) {
            return new OverDispersion(1, 0, count, false);
        }
        double[] z = observed.stream()
                .mapToDouble(area -> (area.ratePerChild() - targetRate) / Math.sqrt(targetRate / area.population()))
                .sorted()
                .toArray();
        double floor = percentile(z, WINSOR_LOWER);
        double ceiling = percentile(z, WINSOR_UPPER);
        double phi = Arrays.stream(z)
                .map(score -> Math.min(ceiling, Math.max(floor, score)))
                .map(score -> score * score)
                .sum() / count;
        boolean detected = count * phi > count - 1;
        return new OverDispersion(phi, detected ? tau2(targetRate, observed, count * phi - (count - 1)) : 0, count,
                detected);
    }

    /** τ̂² from the excess of Iφ̂ over I − 1; 0 where the weights leave nothing to divide by (a single area). */
    private static double tau2(double targetRate, List<ObservedArea> observed, double excess) {
        double sumOfWeights = 0;
        double sumOfSquaredWeights = 0;
        for (ObservedArea area : observed) {
            double weight = area.population() / targetRate;
            sumOfWeights += weight;
            sumOfSquaredWeights += weight * weight;
        }
        double divisor = sumOfWeights - sumOfSquaredWeights / sumOfWeights;
        return divisor > 0 ? excess / divisor : 0;
    }

    /** Multiplicative model: what the distance of each limit from the target is multiplied by, √φ̂ when detected. */
    public double limitInflation() {
        return detected ? Math.max(1, Math.sqrt(phi)) : 1;
    }

    /** The q-quantile of sorted values, interpolating linearly between neighbouring order statistics. */
    static double percentile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
