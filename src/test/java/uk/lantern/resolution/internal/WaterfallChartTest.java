package uk.lantern.resolution.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.resolution.FieldWeight;
import uk.lantern.resolution.MatchClass;
import uk.lantern.resolution.PairComparison;

import static org.assertj.core.api.Assertions.assertThat;

class WaterfallChartTest {

    private static final PairComparison COMPARISON = new PairComparison("a", "b", -8.5, List.of(
            new FieldWeight("first_name", "Exact match", 9.7, 0.4),
            new FieldWeight("dob", "Different", -4.25, 0),
            new FieldWeight("nhs_number", "Missing", 0, 0)), -3.05, 0.108, MatchClass.NON_MATCH);

    @Test
    void thePriorThenEachFieldThenTheTotalEachWithItsRunningTotal() {
        WaterfallChart chart = WaterfallChart.of(COMPARISON);

        assertThat(chart.steps()).extracting(WaterfallChart.Step::label)
                .containsExactly("Prior", "First name", "Date of birth", "NHS number", "Total");
        assertThat(chart.steps()).extracting(WaterfallChart.Step::kind)
                .containsExactly("prior", "up", "down", "up", "total");
        assertThat(chart.steps()).extracting(WaterfallChart.Step::runningTotal)
                .containsExactly("\u22128.50", "+1.20", "\u22123.05", "\u22123.05", "\u22123.05");
        assertThat(chart.steps().get(2).weight()).isEqualTo("\u22124.25");
    }

    @Test
    void eachBarRunsFromTheRunningTotalBeforeItToTheOneAfterOnTheSameScale() {
        WaterfallChart chart = WaterfallChart.of(COMPARISON);
        WaterfallChart.Step prior = chart.steps().get(0);
        WaterfallChart.Step firstName = chart.steps().get(1);
        WaterfallChart.Step dob = chart.steps().get(2);

        assertThat(prior.x() + prior.barWidth()).as("the prior ends at zero").isCloseTo(chart.zeroX(),
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(firstName.x()).as("the first field starts where the prior ended").isCloseTo(prior.x(),
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(dob.x() + dob.barWidth()).as("a negative weight runs back from the running total")
                .isCloseTo(firstName.x() + firstName.barWidth(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(chart.steps()).allSatisfy(step -> {
            assertThat(step.x()).isGreaterThanOrEqualTo(WaterfallChart.PLOT_LEFT);
            assertThat(step.x() + step.barWidth()).isLessThanOrEqualTo(WaterfallChart.PLOT_RIGHT);
        });
        assertThat(chart.ticks()).extracting(WaterfallChart.Tick::label).contains("0", "\u22128");
    }
}
