package uk.lantern.oversight.internal.funnel;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Five areas of 40,000 children against θ = 0.0025 (25 per 10,000). Each has √(θ/n) = √(0.0025 / 40,000) = 0.00025,
 * so an area's z-score is (count/40,000 − 0.0025) / 0.00025 = (count − 100) / 10.
 */
class OverDispersionTest {

    private static final double TARGET = 0.0025;

    @Test
    void widelySpreadAreasAreOverDispersed() {
        // counts 70, 90, 100, 115, 150 → z = −3, −1, 0, 1.5, 5
        // 10th percentile: position 4 × 0.1 = 0.4 → −3 + 0.4 × (−1 − −3) = −2.2
        // 90th percentile: position 4 × 0.9 = 3.6 → 1.5 + 0.6 × (5 − 1.5) = 3.6
        // winsorised: −2.2, −1, 0, 1.5, 3.6; squares 4.84 + 1 + 0 + 2.25 + 12.96 = 21.05
        // φ̂ = 21.05 / 5 = 4.21; Iφ̂ = 21.05 > I − 1 = 4, so detected; √4.21 = 2.05183
        OverDispersion dispersion = OverDispersion.estimate(TARGET, areas(70, 90, 100, 115, 150));
        assertThat(dispersion.phi()).isCloseTo(4.21, within(1e-9));
        assertThat(dispersion.areas()).isEqualTo(5);
        assertThat(dispersion.detected()).isTrue();
        assertThat(dispersion.limitInflation()).isCloseTo(2.0518284, within(1e-7));
        // τ̂²: w = n/θ = 40,000 / 0.0025 = 1.6e7 for each area; Σw = 8e7, Σw²/Σw = 1.6e7, so the divisor is 6.4e7;
        // τ̂² = (21.05 − 4) / 6.4e7 = 2.6640625e-7, a between-area standard deviation of 5.16 per 10,000.
        assertThat(dispersion.tau2()).isCloseTo(2.6640625e-7, within(1e-15));
    }

    @Test
    void areasCloseToTheTargetAreNot() {
        // counts 95, 100, 105, 100, 100 → z sorted −0.5, 0, 0, 0, 0.5
        // 10th percentile −0.5 + 0.4 × 0.5 = −0.3; 90th 0 + 0.6 × 0.5 = 0.3
        // winsorised squares 0.09 + 0.09 = 0.18; φ̂ = 0.036; Iφ̂ = 0.18 ≤ 4: not detected, limits unchanged
        OverDispersion dispersion = OverDispersion.estimate(TARGET, areas(95, 100, 105, 100, 100));
        assertThat(dispersion.phi()).isCloseTo(0.036, within(1e-9));
        assertThat(dispersion.detected()).isFalse();
        assertThat(dispersion.limitInflation()).isEqualTo(1);
        assertThat(dispersion.tau2()).isZero();
    }

    @Test
    void winsorisingStopsOneExtremeAreaSettingTheWidthForAll() {
        // Ten areas at the target and one far above: unwinsorised, z = 40 alone would give φ̂ = 1600 / 11 ≈ 145.
        // The 90th percentile of {0 ×10, 40} is at position 9 → 0, so the outlier is pulled in to 0 and φ̂ = 0.
        OverDispersion dispersion = OverDispersion.estimate(TARGET,
                areas(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 500));
        assertThat(dispersion.phi()).isZero();
        assertThat(dispersion.detected()).isFalse();
    }

    @Test
    void nothingToEstimateFromIsNotDetected() {
        assertThat(OverDispersion.estimate(TARGET, List.of()).detected()).isFalse();
        assertThat(OverDispersion.estimate(0, areas(1, 2, 3)).detected()).isFalse();
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(OverDispersion.percentile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
        assertThat(OverDispersion.percentile(sorted, 0.5)).isEqualTo(3);
        assertThat(OverDispersion.percentile(sorted, 0.9)).isCloseTo(4.6, within(1e-12));
        assertThat(OverDispersion.percentile(new double[] {7}, 0.9)).isEqualTo(7);
    }

    private static List<ObservedArea> areas(long... counts) {
        return LongStream.of(counts)
                .mapToObj(count -> new ObservedArea("E0" + count, "Area " + count, count, 40_000))
                .toList();
    }
}
