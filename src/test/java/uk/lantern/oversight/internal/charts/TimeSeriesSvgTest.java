package uk.lantern.oversight.internal.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeSeriesSvgTest {

    private static final TimeSeriesSvg CHART = new TimeSeriesSvg("Referrals & re-referrals <Rochdale>",
            "CSE-flagged referrals");

    private static final List<TimeSeriesPoint> MONTHS = List.of(
            new TimeSeriesPoint("2025-01", Cell.of(10)),
            new TimeSeriesPoint("2025-02", Cell.of(12)),
            new TimeSeriesPoint("2025-03", Cell.symbol(StatSymbol.SUPPRESSED)),
            new TimeSeriesPoint("2025-04", Cell.of(9)),
            new TimeSeriesPoint("2025-05", Cell.of(new BigDecimal("11.5"))));

    @Test
    void isAnAccessibleStandaloneSvgImage() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(MONTHS));
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.rootText("title")).isEqualTo("Referrals & re-referrals <Rochdale>");
        assertThat(svg.rootText("desc")).isEqualTo("CSE-flagged referrals, 2025-01 to 2025-05, 5 periods. "
                + "Latest (2025-05): 11.5. Highest: 12 in 2025-02. "
                + "Shown as a symbol, with a gap in the line: 2025-03 (c, suppressed).");
        assertThat(svg.elements("script")).isEmpty();
    }

    @Test
    void aSymbolBreaksTheLineAndIsWrittenInTheGap() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(MONTHS));
        String path = svg.withClass("path", "series").get(0).getAttribute("d");
        assertThat(path.split("M")).as("two runs of the line either side of March").hasSize(3);
        assertThat(path.split(" L")).hasSize(3);
        assertThat(svg.withClass("circle", "point")).hasSize(4);
        List<Element> symbols = svg.withClass("text", "symbol");
        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).getTextContent()).endsWith("c");
        assertThat(SvgXml.elementsIn(symbols.get(0), "title").get(0).getTextContent())
                .isEqualTo("2025-03: c (suppressed)");
    }

    @Test
    void labelsEachPeriodAndEachFigure() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(MONTHS));
        assertThat(svg.withClass("text", "tick")).extracting(Element::getTextContent)
                .contains("2025-01", "2025-02", "2025-03", "2025-04", "2025-05");
        assertThat(svg.withClass("text", "value")).extracting(Element::getTextContent)
                .containsExactly("10", "12", "9", "11.5");
    }

    @Test
    void aLongSeriesLabelsEveryFewPeriodsAndLeavesFiguresToTheTooltips() throws Exception {
        List<TimeSeriesPoint> twoYears = IntStream.range(0, 24)
                .mapToObj(month -> new TimeSeriesPoint(String.format("%d-%02d", 2024 + month / 12, month % 12 + 1),
                        Cell.of(month)))
                .toList();
        SvgXml svg = SvgXml.parse(CHART.render(twoYears));
        assertThat(svg.withClass("text", "tick")).extracting(Element::getTextContent)
                .contains("2024-01", "2024-03").doesNotContain("2024-02");
        assertThat(svg.withClass("text", "value")).isEmpty();
        assertThat(svg.withClass("circle", "point")).hasSize(24);
    }

    @Test
    void aSeriesOfSymbolsAloneHasNoLine() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(List.of(
                new TimeSeriesPoint("2025 Q1", Cell.symbol(StatSymbol.SUPPRESSED)),
                new TimeSeriesPoint("2025 Q2", Cell.symbol(StatSymbol.NOT_AVAILABLE)))));
        assertThat(svg.withClass("path", "series")).isEmpty();
        assertThat(svg.withClass("text", "symbol")).hasSize(2);
        assertThat(svg.rootText("desc")).contains("Latest (2025 Q2): x.").doesNotContain("Highest");
    }

    @Test
    void escapesTheTitleInTheMarkup() {
        String markup = CHART.render(MONTHS);
        assertThat(markup).contains("Referrals &amp; re-referrals &lt;Rochdale&gt;").doesNotContain("<Rochdale>");
    }

    @Test
    void refusesAnEmptySeries() {
        assertThatThrownBy(() -> CHART.render(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
