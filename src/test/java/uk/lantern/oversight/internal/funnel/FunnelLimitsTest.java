package uk.lantern.oversight.internal.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.lantern.oversight.internal.funnel.ControlLevel.NINETY_FIVE;
import static uk.lantern.oversight.internal.funnel.ControlLevel.NINETY_NINE_POINT_EIGHT;

/**
 * The limits for a national rate of 25 per 10,000 (θ = 0.0025) and an area of n = 40,000 children, who expect
 * θn = 100 events. Poisson(100) probabilities, P(X ≤ r), to seven places:
 * <pre>
 *   P(X ≤ 70) = 0.0009714   P(X ≤ 71) = 0.0014089
 *   P(X ≤ 80) = 0.0226492   P(X ≤ 81) = 0.0290663
 *   P(X ≤ 119) = 0.9717696  P(X ≤ 120) = 0.9773307
 *   P(X ≤ 131) = 0.9987323  P(X ≤ 132) = 0.9990650
 * </pre>
 * Spiegelhalter's interpolation: r<sub>p</sub> is the first r with P(X ≤ r) ≥ p, α = (P(X ≤ r<sub>p</sub>) − p) /
 * (P(X ≤ r<sub>p</sub>) − P(X ≤ r<sub>p</sub> − 1)), limit = (r<sub>p</sub> − α) / n, shown × 10,000:
 * <pre>
 *   p = 0.975: r = 120, α = (0.9773307 − 0.975) / (0.9773307 − 0.9717696) = 0.0023307 / 0.0055611 = 0.41911
 *              (120 − 0.41911) / 40,000 × 10,000 = 29.8952
 *   p = 0.025: r = 81,  α = (0.0290663 − 0.025) / (0.0290663 − 0.0226492) = 0.0040663 / 0.0064171 = 0.63366
 *              (81 − 0.63366) / 4 = 20.0916
 *   p = 0.999: r = 132, α = (0.9990650 − 0.999) / (0.9990650 − 0.9987323) = 0.0000650 / 0.0003327 = 0.19525
 *              (132 − 0.19525) / 4 = 32.9512
 *   p = 0.001: r = 71,  α = (0.0014089 − 0.001) / (0.0014089 − 0.0009714) = 0.0004089 / 0.0004375 = 0.93472
 *              (71 − 0.93472) / 4 = 17.5163
 * </pre>
 * For comparison the normal approximation 25 ± z·√(θ/n)·10,000 = 25 ± z·2.5 gives 29.9 and 20.1 (z = 1.96), 32.725
 * and 17.275 (z = 3.09).
 */
class FunnelLimitsTest {

    private static final double TARGET = 0.0025;
    private static final long CHILDREN = 40_000;
    private static final double PER_10000 = 10_000;
    private static final FunnelLimits POISSON = new FunnelLimits(TARGET, 1);

    @Test
    void ninetyFivePercentLimitsMatchTheHandCalculation() {
        assertThat(POISSON.upper(NINETY_FIVE, CHILDREN) * PER_10000).isCloseTo(29.8952, within(1e-4));
        assertThat(POISSON.lower(NINETY_FIVE, CHILDREN) * PER_10000).isCloseTo(20.0916, within(1e-4));
    }

    @Test
    void ninetyNinePointEightPercentLimitsMatchTheHandCalculation() {
        assertThat(POISSON.upper(NINETY_NINE_POINT_EIGHT, CHILDREN) * PER_10000).isCloseTo(32.9512, within(1e-4));
        assertThat(POISSON.lower(NINETY_NINE_POINT_EIGHT, CHILDREN) * PER_10000).isCloseTo(17.5163, within(1e-4));
    }

    @Test
    void exactLimitsApproachTheNormalApproximationForLargeAreas() {
        // θn = 10,000: the normal approximation θ ± 3.09·√(θ/n) is then within a fraction of a percent.
        long population = 4_000_000;
        double normalHalfWidth = 3.09 * Math.sqrt(TARGET / population);
        assertThat(POISSON.upper(NINETY_NINE_POINT_EIGHT, population))
                .isCloseTo(TARGET + normalHalfWidth, within(0.01 * normalHalfWidth));
        assertThat(POISSON.lower(NINETY_NINE_POINT_EIGHT, population))
                .isCloseTo(TARGET - normalHalfWidth, within(0.01 * normalHalfWidth));
    }

    @Test
    void theLowerLimitIsNeverBelowZero() {
        // n = 400 expects one event; P(X ≤ 0) = e⁻¹ = 0.368 already exceeds 0.025, so r = 0 and
        // α = (0.368 − 0.025) / 0.368 = 0.932, giving (0 − 0.932) / 400 < 0, which is floored.
        assertThat(POISSON.lower(NINETY_FIVE, 400)).isZero();
        assertThat(POISSON.lower(NINETY_NINE_POINT_EIGHT, 400)).isZero();
        assertThat(POISSON.upper(NINETY_FIVE, 400)).isPositive();
    }

    @Test
    void theFunnelNarrowsAsAreasGrow() {
        double small = POISSON.upper(NINETY_FIVE, 10_000);
        double middle = POISSON.upper(NINETY_FIVE, 40_000);
        double large = POISSON.upper(NINETY_FIVE, 160_000);
        assertThat(small).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(large);
        assertThat(large).isGreaterThan(TARGET);
    }

    @Test
    void placesAnAreaAgainstTheLimitsForItsPopulation() {
        assertThat(POISSON.position(133, CHILDREN)).isEqualTo(Position.ABOVE_99_8); // 33.25 > 32.95
        assertThat(POISSON.position(120, CHILDREN)).isEqualTo(Position.ABOVE_95);   // 30.00 > 29.90
        assertThat(POISSON.position(119, CHILDREN)).isEqualTo(Position.WITHIN);     // 29.75
        assertThat(POISSON.position(81, CHILDREN)).isEqualTo(Position.WITHIN);      // 20.25
        assertThat(POISSON.position(80, CHILDREN)).isEqualTo(Position.BELOW_95);    // 20.00 < 20.09
        assertThat(POISSON.position(70, CHILDREN)).isEqualTo(Position.BELOW_99_8);  // 17.50 < 17.52
    }

    @Test
    void widenedLimitsMoveAwayFromTheTargetByTheInflationFactor() {
        FunnelLimits widened = new FunnelLimits(TARGET, 2);
        // 25 + 2 × (29.8952 − 25) = 34.7904 and 25 − 2 × (25 − 20.0916) = 15.1832
        assertThat(widened.upper(NINETY_FIVE, CHILDREN) * PER_10000).isCloseTo(34.7904, within(2e-4));
        assertThat(widened.lower(NINETY_FIVE, CHILDREN) * PER_10000).isCloseTo(15.1832, within(2e-4));
        assertThat(widened.position(133, CHILDREN)).isEqualTo(Position.WITHIN);
    }

    @Test
    void additiveLimitsWidenLittleForSmallAreasAndApproachTheRandomEffectsLimitsForLargeOnes() {
        double tau2 = 2.6640625e-7;
        FunnelLimits additive = FunnelLimits.additive(TARGET, tau2);
        // 400 children: τ²n/θ = 0.042625, so the Poisson distance is widened by only √1.042625 = 1.02109.
        double smallPoisson = POISSON.upper(NINETY_FIVE, 400) - TARGET;
        assertThat((additive.upper(NINETY_FIVE, 400) - TARGET) / smallPoisson).isCloseTo(1.02109, within(1e-5));
        // 4,000,000 children: the limit is close to θ + 1.96 √(θ/n + τ²) = 0.0025 + 1.96 × 5.1675e-4.
        double largeExpected = 1.959964 * Math.sqrt(TARGET / 4_000_000 + tau2);
        assertThat(additive.upper(NINETY_FIVE, 4_000_000) - TARGET).isCloseTo(largeExpected, within(1e-5));
        assertThat(additive.widened()).isTrue();
        assertThat(POISSON.widened()).isFalse();
    }

    @Test
    void aZeroTargetHasZeroLimitsAndAnyEventIsAbove() {
        FunnelLimits none = new FunnelLimits(0, 1);
        assertThat(none.upper(NINETY_NINE_POINT_EIGHT, CHILDREN)).isZero();
        assertThat(none.lower(NINETY_FIVE, CHILDREN)).isZero();
        assertThat(none.position(0, CHILDREN)).isEqualTo(Position.WITHIN);
        assertThat(none.position(1, CHILDREN)).isEqualTo(Position.ABOVE_99_8);
    }

    @Test
    void refusesLimitsThatWouldBeNarrowedOrHaveNoChildren() {
        assertThatThrownBy(() -> new FunnelLimits(TARGET, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FunnelLimits(-0.1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelLimits.additive(TARGET, -1e-9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POISSON.upper(NINETY_FIVE, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
