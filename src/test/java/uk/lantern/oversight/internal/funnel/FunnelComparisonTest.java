package uk.lantern.oversight.internal.funnel;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class FunnelComparisonTest {

    private static final double TARGET = 0.0025;

    private static final List<FunnelPoint> SPREAD = List.of(
            point("A", 70), point("B", 90), point("C", 100), point("D", 115), point("E", 150));

    @Test
    void classifiesEachPlottedAreaAndListsTheRestWithTheirSymbols() {
        List<FunnelPoint> points = List.of(
                point("High", 133),
                point("Usual", 100),
                point("Low", 70),
                new FunnelPoint("E0S", "Suppressed", Cell.symbol(StatSymbol.SUPPRESSED), 40_000),
                new FunnelPoint("E0X", "Not returned", Cell.symbol(StatSymbol.NOT_AVAILABLE), 40_000),
                new FunnelPoint("E0N", "No children", Cell.of(3), 0));

        FunnelComparison comparison = FunnelComparison.against(TARGET, points, Dispersion.POISSON);

        assertThat(comparison.plotted()).extracting(area -> area.area().areaName() + " " + area.position())
                .containsExactly("High ABOVE_99_8", "Usual WITHIN", "Low BELOW_99_8");
        assertThat(comparison.notPlotted()).extracting(UnplottedArea::areaName, UnplottedArea::symbol)
                .containsExactly(
                        tuple("Suppressed", StatSymbol.SUPPRESSED),
                        tuple("Not returned", StatSymbol.NOT_AVAILABLE),
                        tuple("No children", StatSymbol.NOT_APPLICABLE));
        assertThat(comparison.count(Position.ABOVE_99_8)).isEqualTo(1);
        assertThat(comparison.count(Position.ABOVE_95)).isZero();
        assertThat(comparison.targetRatePer10000()).isCloseTo(25, within(1e-12));
    }

    @Test
    void thePooledRateIsTotalEventsOverTotalChildrenOfThePlottedAreas() {
        // (70 + 90 + 100 + 115 + 150) / (5 × 40,000) = 525 / 200,000 = 0.002625; the suppressed area adds nothing.
        List<FunnelPoint> points = new ArrayList<>(SPREAD);
        points.add(new FunnelPoint("E0S", "Suppressed", Cell.symbol(StatSymbol.SUPPRESSED), 1_000_000));
        FunnelComparison comparison = FunnelComparison.againstPooledRate(points, Dispersion.POISSON);
        assertThat(comparison.targetRate()).isCloseTo(0.002625, within(1e-15));
    }

    @Test
    void poissonLimitsReportOverDispersionWithoutWideningForIt() {
        FunnelComparison comparison = FunnelComparison.against(TARGET, SPREAD, Dispersion.POISSON);
        assertThat(comparison.overDispersion().detected()).isTrue();
        assertThat(comparison.limitsWidened()).isFalse();
        assertThat(comparison.count(Position.ABOVE_99_8)).isEqualTo(1);  // 150 > 132
        assertThat(comparison.count(Position.BELOW_99_8)).isEqualTo(1);  // 70 < 71
    }

    @Test
    void overDispersionWidensTheLimitsBySquareRootOfPhi() {
        // φ̂ = 4.21 for these five areas (see OverDispersionTest), so the limits are widened by √4.21 = 2.0518.
        // 99.8% upper at 40,000: 25 + 2.0518 × (32.9512 − 25) = 41.314 per 10,000, so 150 (37.5) is within it,
        // but above the widened 95% upper 25 + 2.0518 × 4.8952 = 35.044.
        FunnelComparison comparison = FunnelComparison.against(TARGET, SPREAD,
                Dispersion.MULTIPLICATIVE_OVER_DISPERSION);
        assertThat(comparison.limitsWidened()).isTrue();
        assertThat(comparison.limits().upper(ControlLevel.NINETY_NINE_POINT_EIGHT, 40_000) * 10_000)
                .isCloseTo(41.314, within(1e-3));
        assertThat(comparison.plotted()).extracting(area -> area.area().areaName() + " " + area.position())
                .containsExactly("A WITHIN", "B WITHIN", "C WITHIN", "D WITHIN", "E ABOVE_95");
    }

    @Test
    void theAdditiveModelWidensTheLimitsByTheBetweenAreaVariance() {
        // τ̂² = 2.6640625e-7 for these five areas (see OverDispersionTest); each has s² = θ/n = 6.25e-8, so the limits
        // are widened by √(1 + τ²/s²) = √5.2625 = 2.29401. 95% upper: 25 + 2.29401 × 4.8952 = 36.230 per 10,000, so
        // 150 (37.5) is above it; 95% lower: 25 − 2.29401 × 4.9084 = 13.740, so 70 (17.5) is within.
        FunnelComparison comparison = FunnelComparison.against(TARGET, SPREAD, Dispersion.ADDITIVE_RANDOM_EFFECTS);
        assertThat(comparison.limitsWidened()).isTrue();
        assertThat(comparison.limits().upper(ControlLevel.NINETY_FIVE, 40_000) * 10_000)
                .isCloseTo(36.230, within(1e-3));
        assertThat(comparison.limits().lower(ControlLevel.NINETY_FIVE, 40_000) * 10_000)
                .isCloseTo(13.740, within(1e-3));
        assertThat(comparison.plotted()).extracting(area -> area.area().areaName() + " " + area.position())
                .containsExactly("A WITHIN", "B WITHIN", "C WITHIN", "D WITHIN", "E ABOVE_95");
    }

    @Test
    void areasCloseToEachOtherLeaveTheLimitsAsTheyAreInEitherModel() {
        List<FunnelPoint> close = List.of(point("A", 95), point("B", 100), point("C", 105), point("D", 100));
        for (Dispersion dispersion : Dispersion.values()) {
            assertThat(FunnelComparison.against(TARGET, close, dispersion).limitsWidened()).as("%s", dispersion)
                    .isFalse();
        }
    }

    private static FunnelPoint point(String name, long count) {
        return new FunnelPoint("E0" + name, name, Cell.of(count), 40_000);
    }
}
