package uk.lantern.oversight.internal.funnel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoissonDistributionTest {

    @Test
    void cumulativeProbabilitiesMatchTheSumOfTheTerms() {
        // Poisson(100): P(X ≤ 119) = 0.97176960603513..., P(X ≤ 80) = 0.02264917664225...
        PoissonDistribution hundred = new PoissonDistribution(100);
        assertThat(hundred.cumulative(119)).isCloseTo(0.9717696060351343, within(1e-12));
        assertThat(hundred.cumulative(80)).isCloseTo(0.02264917664225561, within(1e-12));
        // Poisson(1): P(X ≤ 0) = e⁻¹, P(X ≤ 1) = 2e⁻¹
        PoissonDistribution one = new PoissonDistribution(1);
        assertThat(one.cumulative(0)).isCloseTo(Math.exp(-1), within(1e-15));
        assertThat(one.cumulative(1)).isCloseTo(2 * Math.exp(-1), within(1e-15));
        assertThat(one.cumulative(-1)).isZero();
    }

    @Test
    void staysAccurateWhereSingleTermsWouldUnderflow() {
        // e^-5000 underflows a double. Summed in 80-digit decimals, Poisson(5000) has
        // P(X ≤ 5000) = 0.5037611677708... and P(X ≤ 4000) = 6.961364285110e-49.
        PoissonDistribution large = new PoissonDistribution(5_000);
        assertThat(large.cumulative(5_000)).isCloseTo(0.5037611677708467, within(1e-10));
        assertThat(large.cumulative(4_000)).isCloseTo(6.961364285110186e-49, within(1e-58));
        assertThat(large.cumulative(6_000)).isCloseTo(1, within(1e-15));
    }

    @Test
    void theQuantileIsTheFirstCountReachingTheProbability() {
        PoissonDistribution hundred = new PoissonDistribution(100);
        assertThat(hundred.quantile(0.975)).isEqualTo(120);
        assertThat(hundred.quantile(0.025)).isEqualTo(81);
        assertThat(hundred.quantile(0.999)).isEqualTo(132);
        assertThat(hundred.quantile(0.001)).isEqualTo(71);
        assertThat(new PoissonDistribution(0).quantile(0.999)).isZero();
        assertThat(new PoissonDistribution(0.01).quantile(0.5)).isZero();
    }

    @Test
    void stirlingsSeriesJoinsTheTableOfFactorials() {
        double tabulated = PoissonDistribution.logFactorial(255);
        assertThat(PoissonDistribution.logFactorial(256)).isCloseTo(tabulated + Math.log(256), within(1e-10));
        assertThat(PoissonDistribution.logFactorial(10)).isCloseTo(Math.log(3_628_800), within(1e-12));
    }
}
