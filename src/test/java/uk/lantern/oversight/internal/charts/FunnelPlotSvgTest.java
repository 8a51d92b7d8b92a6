package uk.lantern.oversight.internal.charts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import uk.lantern.area.Areas;
import uk.lantern.oversight.internal.baseline.BaselineFigure;
import uk.lantern.oversight.internal.baseline.CinBaseline;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.funnel.FunnelComparison;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;
import uk.lantern.oversight.internal.funnel.FunnelPoint;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelPlotSvgTest {

    private static final FunnelPlotSvg CHART = new FunnelPlotSvg("CSE at the end of assessment & <2025>",
            "episodes with child sexual exploitation identified", "local authorities", "England");

    /** Against 25 per 10,000, an area of 40,000 children has 95% limits 20.09–29.90 and 99.8% limits 17.52–32.95. */
    private static final List<FunnelPoint> POINTS = List.of(
            point("E06000043", "Brighton & Hove", 100),
            point("E09000002", "Barking <and> Dagenham", 133),
            point("E08000005", "Rochdale", 121),
            point("E08000018", "Rotherham", 80),
            point("E08000004", "Oldham", 70),
            new FunnelPoint("E09000020", "Kensington & Chelsea", Cell.symbol(StatSymbol.SUPPRESSED), 23_037),
            new FunnelPoint("E09000012", "Hackney", Cell.symbol(StatSymbol.NOT_AVAILABLE), 55_760));

    private static final FunnelComparison COMPARISON = FunnelComparison.against(0.0025, POINTS, Dispersion.POISSON);

    @Test
    void isAnAccessibleStandaloneSvgImage() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(COMPARISON));
        assertThat(svg.root().getLocalName()).isEqualTo("svg");
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("funnel-cse-at-the-end-of-assessment-2025-title funnel-cse-at-the-end-of-assessment-2025-desc");
        assertThat(svg.rootText("title")).isEqualTo("CSE at the end of assessment & <2025>");
        assertThat(svg.elements("script")).isEmpty();
    }

    @Test
    void describesWhatThePlotShows() throws Exception {
        String description = SvgXml.parse(CHART.render(COMPARISON)).rootText("desc");
        assertThat(description).startsWith("5 local authorities plotted; 1 above the 99.8% limit; "
                + "1 above the 95% limit; 1 within the 95% limits; 1 below the 95% limit; 1 below the 99.8% limit.");
        assertThat(description).contains("against 25.0 per 10,000 for England.");
        assertThat(description).contains("Not plotted: Kensington & Chelsea (c, suppressed); Hackney (x, not available).");
    }

    @Test
    void drawsOneCircleForEachPlottedAreaAndNoneForAreasShownAsSymbols() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(COMPARISON));
        Element areas = svg.withClass("g", "areas").get(0);
        List<String> tooltips = SvgXml.elementsIn(areas, "circle").stream()
                .map(circle -> SvgXml.elementsIn(circle, "title").get(0).getTextContent())
                .toList();
        assertThat(tooltips).hasSize(5);
        assertThat(tooltips).noneMatch(tooltip -> tooltip.startsWith("Kensington") || tooltip.startsWith("Hackney"));
        assertThat(tooltips).contains(
                "Brighton & Hove: 100 in 40,000 children, 25.0 per 10,000, within the 95% limits",
                "Barking <and> Dagenham: 133 in 40,000 children, 33.3 per 10,000, above the 99.8% limit");
    }

    @Test
    void marksEachAreaWithTheClassOfItsPosition() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(COMPARISON));
        Element areas = svg.withClass("g", "areas").get(0);
        assertThat(SvgXml.elementsIn(areas, "circle")).extracting(circle -> circle.getAttribute("class"))
                .containsExactly("area within", "area above-99-8", "area above-95", "area below-95",
                        "area below-99-8");
    }

    @Test
    void drawsTheTargetAndBothPairsOfLimits() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(COMPARISON));
        assertThat(svg.withClass("line", "target")).hasSizeGreaterThanOrEqualTo(1);
        List<Element> limits = svg.withClass("path", "limit").stream()
                .filter(path -> path.getAttribute("class").contains("upper")
                        || path.getAttribute("class").contains("lower"))
                .toList();
        assertThat(limits).extracting(path -> path.getAttribute("class")).containsExactlyInAnyOrder(
                "limit limit-95 upper", "limit limit-95 lower", "limit limit-99-8 upper", "limit limit-99-8 lower");
        assertThat(limits).allSatisfy(path -> assertThat(path.getAttribute("d")).startsWith("M").contains(" L"));
    }

    @Test
    void labelsThePopulationAxisInThousandsAndNamesTheTarget() throws Exception {
        SvgXml svg = SvgXml.parse(CHART.render(COMPARISON));
        assertThat(svg.withClass("text", "tick")).extracting(Element::getTextContent).contains("0", "10k", "40k");
        assertThat(svg.elements("text")).extracting(Element::getTextContent).contains("England: 25.0");
    }

    @Test
    void escapesEveryTextAndAttribute() {
        String markup = CHART.render(COMPARISON);
        assertThat(markup).contains("Brighton &amp; Hove", "Barking &lt;and&gt; Dagenham", "&amp; &lt;2025&gt;");
        assertThat(markup).doesNotContain("Brighton & Hove", "<and>", "<2025>");
    }

    @Test
    void aComparisonWithNothingToPlotStillRendersAndSaysWhy() throws Exception {
        FunnelComparison nothing = FunnelComparison.against(0.0025, POINTS.subList(5, 7), Dispersion.POISSON);
        SvgXml svg = SvgXml.parse(CHART.render(nothing));
        assertThat(SvgXml.elementsIn(svg.withClass("g", "areas").get(0), "circle")).isEmpty();
        assertThat(svg.rootText("desc")).startsWith("0 local authorities plotted;")
                .contains("Not plotted: Kensington & Chelsea (c, suppressed); Hackney (x, not available).");
    }

    @Test
    void plotsThePublishedBaselineWithEveryLocalAuthorityOfTheLatestYear() throws Exception {
        CinBaseline baseline = new CinBaseline(new Areas());
        BaselineFigure england = baseline.england(2025).orElseThrow();
        double englandRate = england.count().value().doubleValue() / england.population().orElseThrow();
        FunnelComparison comparison = FunnelComparison.against(englandRate, baseline.funnelPoints(2025),
                Dispersion.MULTIPLICATIVE_OVER_DISPERSION);

        SvgXml svg = SvgXml.parse(CHART.render(comparison));

        Element areas = svg.withClass("g", "areas").get(0);
        assertThat(SvgXml.elementsIn(areas, "circle")).hasSize(153);
        assertThat(svg.rootText("desc")).startsWith("153 local authorities plotted;");
    }

    private static FunnelPoint point(String code, String name, long count) {
        return new FunnelPoint(code, name, Cell.of(count), 40_000);
    }
}
