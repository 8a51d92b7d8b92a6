package uk.lantern.oversight.internal.charts;

import static uk.lantern.oversight.internal.charts.SvgDocument.coordinate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.stream.Collectors;

import uk.lantern.oversight.internal.funnel.ComparedArea;
import uk.lantern.oversight.internal.funnel.ControlLevel;
import uk.lantern.oversight.internal.funnel.FunnelComparison;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;
import uk.lantern.oversight.internal.funnel.FunnelLimits;
import uk.lantern.oversight.internal.funnel.ObservedArea;
import uk.lantern.oversight.internal.funnel.OverDispersion;
import uk.lantern.oversight.internal.funnel.Position;
import uk.lantern.oversight.internal.funnel.UnplottedArea;

/**
 * A funnel plot as a standalone SVG document, drawn on the server: children aged 0 to 17 along the bottom, the rate
 * per 10,000 children up the side, the target rate as a line, the 95% and 99.8% limits as curves, and one circle per
 * plotted area, marked by where it falls. It needs no script: each circle carries its figures in a {@code <title>}
 * tooltip, and the document's own {@code <title>} and {@code <desc>} tell a screen reader what the plot shows.
 * Position is shown by fill as well as colour (solid beyond 99.8%, a ring beyond 95%), so it does not rest on colour.
 *
 * @param title    the heading, for example "Child sexual exploitation at the end of assessment, 2025"
 * @param measure  what the rate counts, for example "episodes with child sexual exploitation identified"
 * @param areaNoun   what the areas are, plural: "local authorities"
 * @param targetName what the target rate is the rate of: "England", or "all areas" for a pooled rate
 */
public record FunnelPlotSvg(String title, String measure, String areaNoun, String targetName) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 560;
    private static final int PLOT_LEFT = 72;
    private static final int PLOT_RIGHT = WIDTH - 24;
    private static final int PLOT_TOP = 64;
    private static final int PLOT_BOTTOM = 380;
    private static final int CURVE_SAMPLES = 120;
    private static final double PER_10000 = ObservedArea.RATE_BASE;
    private static final int LEGEND_COLUMN = 220;
    private static final List<Position> HIGHEST_FIRST = List.of(Position.ABOVE_99_8, Position.ABOVE_95,
            Position.WITHIN, Position.BELOW_95, Position.BELOW_99_8);

    static final String RULES = ChartStyle.COMMON_RULES
            + ".target{stroke:" + ChartStyle.TEXT + ";stroke-width:2}"
            + ".limit{fill:none;stroke:" + ChartStyle.GREY + ";stroke-width:1.5}"
            + ".limit-95{stroke-dasharray:6 4}"
            + ".area{stroke-width:2}"
            + ".above-99-8{fill:" + ChartStyle.RED + ";stroke:" + ChartStyle.RED + "}"
            + ".above-95{fill:" + ChartStyle.WHITE + ";stroke:" + ChartStyle.RED + "}"
            + ".within{fill:" + ChartStyle.GREY + ";stroke:" + ChartStyle.GREY + ";fill-opacity:0.5}"
            + ".below-95{fill:" + ChartStyle.WHITE + ";stroke:" + ChartStyle.BLUE + "}"
            + ".below-99-8{fill:" + ChartStyle.BLUE + ";stroke:" + ChartStyle.BLUE + "}";

    public String render(FunnelComparison comparison) {
        List<ComparedArea> plotted = comparison.plotted();
        long largestPopulation = plotted.stream().mapToLong(area -> area.area().population()).max().orElse(1);
        ValueAxis children = ValueAxis.upTo(largestPopulation, 6, PLOT_LEFT, PLOT_RIGHT);
        ValueAxis rate = ValueAxis.upTo(highestRateShown(comparison, children.top()), 5, PLOT_BOTTOM, PLOT_TOP);

        String id = SvgDocument.idFor("funnel", title);
        SvgDocument svg = SvgDocument.chart(id, WIDTH, HEIGHT, title, description(comparison), RULES);
        svg.open("defs").open("clipPath", "id", id + "-plot-area")
                .empty("rect", "x", String.valueOf(PLOT_LEFT), "y", String.valueOf(PLOT_TOP),
                        "width", String.valueOf(PLOT_RIGHT - PLOT_LEFT), "height", String.valueOf(PLOT_BOTTOM - PLOT_TOP))
                .close("clipPath").close("defs");
        drawAxes(svg, children, rate);
        // The limits rise steeply towards small populations; the clip ends them at the top of the plot.
        svg.open("g", "clip-path", "url(#" + id + "-plot-area)");
        drawTarget(svg, comparison, rate);
        drawLimits(svg, comparison.limits(), children, rate);
        svg.close("g");
        drawAreas(svg, plotted, children, rate);
        drawLegend(svg, comparison);
        return svg.close("svg").toString();
    }

    /** The top of the rate axis: every area, twice the target, and the 99.8% limit a twentieth of the way along. */
    private static double highestRateShown(FunnelComparison comparison, double childrenTop) {
        double highestArea = comparison.plotted().stream()
                .mapToDouble(area -> area.area().ratePer10000()).max().orElse(0);
        long nearTheMouth = Math.max(1, Math.round(childrenTop / 20));
        double mouth = comparison.limits().upper(ControlLevel.NINETY_NINE_POINT_EIGHT, nearTheMouth) * PER_10000;
        return Math.max(highestArea, Math.max(mouth, 2 * comparison.targetRatePer10000()));
    }

    private String description(FunnelComparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append(comparison.plotted().size()).append(' ').append(areaNoun).append(" plotted");
        for (Position position : HIGHEST_FIRST) {
            text.append("; ").append(comparison.count(position)).append(' ').append(position.description());
        }
        text.append(". Rate of ").append(measure).append(" per 10,000 children aged 0 to 17, against ")
                .append(ChartLabels.rate(comparison.targetRatePer10000())).append(" per 10,000 for ").append(targetName)
                .append(". ");
        if (comparison.limitsWidened()) {
            text.append("Limits widened for over-dispersion (").append(widening(comparison)).append("). ");
        }
        if (!comparison.notPlotted().isEmpty()) {
            text.append("Not plotted: ").append(comparison.notPlotted().stream()
                    .map(area -> area.areaName() + " (" + area.symbol().code() + ", "
                            + ChartLabels.meaning(area.symbol()) + ")")
                    .collect(Collectors.joining("; "))).append('.');
        }
        return text.toString().strip();
    }

    private static void drawAxes(SvgDocument svg, ValueAxis children, ValueAxis rate) {
        svg.valueGrid(rate, PLOT_LEFT, PLOT_RIGHT);
        for (double tick : children.ticks()) {
            double x = children.pixels(tick);
            svg.line("axis", x, PLOT_BOTTOM, x, PLOT_BOTTOM + 6);
            svg.text("text", ChartLabels.compact(tick), "class", "tick", "x", coordinate(x),
                    "y", String.valueOf(PLOT_BOTTOM + 22), "text-anchor", "middle");
        }
        svg.line("axis", PLOT_LEFT, PLOT_BOTTOM, PLOT_RIGHT, PLOT_BOTTOM)
                .line("axis", PLOT_LEFT, PLOT_TOP, PLOT_LEFT, PLOT_BOTTOM)
                .text("text", "Children aged 0 to 17", "class", "axis-title",
                        "x", coordinate((PLOT_LEFT + PLOT_RIGHT) / 2.0), "y", String.valueOf(PLOT_BOTTOM + 48),
                        "text-anchor", "middle")
                .verticalTitle("Rate per 10,000 children", PLOT_TOP, PLOT_BOTTOM);
    }

    private static void drawTarget(SvgDocument svg, FunnelComparison comparison, ValueAxis rate) {
        double y = rate.pixels(comparison.targetRatePer10000());
        svg.line("target", PLOT_LEFT, y, PLOT_RIGHT, y);
    }

    /** Each limit sampled from a two-hundredth of the way along, closer together where the funnel bends most. */
    private static void drawLimits(SvgDocument svg, FunnelLimits limits, ValueAxis children, ValueAxis rate) {
        for (ControlLevel level : ControlLevel.values()) {
            String css = "limit " + (level == ControlLevel.NINETY_FIVE ? "limit-95" : "limit-99-8");
            svg.empty("path", "class", css + " upper",
                    "d", curve(population -> limits.upper(level, population), children, rate));
            svg.empty("path", "class", css + " lower",
                    "d", curve(population -> limits.lower(level, population), children, rate));
        }
    }

    private static String curve(LongToDoubleFunction limit, ValueAxis children, ValueAxis rate) {
        double first = children.top() / 200;
        double ratio = Math.pow(children.top() / first, 1.0 / (CURVE_SAMPLES - 1));
        List<String> points = new ArrayList<>();
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            long population = Math.max(1, Math.round(first * Math.pow(ratio, i)));
            points.add(coordinate(children.pixels(population)) + " "
                    + coordinate(rate.pixels(limit.applyAsDouble(population) * PER_10000)));
        }
        return "M" + String.join(" L", points);
    }

    private static void drawAreas(SvgDocument svg, List<ComparedArea> plotted, ValueAxis children, ValueAxis rate) {
        svg.open("g", "class", "areas");
        for (ComparedArea compared : plotted) {
            ObservedArea area = compared.area();
            svg.open("circle", "class", "area " + compared.position().cssClass(),
                    "cx", coordinate(children.pixels(area.population())), "cy", coordinate(rate.pixels(area.ratePer10000())),
                    "r", "4");
            svg.text("title", area.areaName() + ": " + ChartLabels.whole(area.count()) + " in "
                    + ChartLabels.whole(area.population()) + " children, " + ChartLabels.rate(area.ratePer10000())
                    + " per 10,000, " + compared.position().description());
            svg.close("circle");
        }
        svg.close("g");
    }

    private void drawLegend(SvgDocument svg, FunnelComparison comparison) {
        int lineRow = PLOT_BOTTOM + 84;
        legendLine(svg, SvgDocument.EDGE, lineRow, "target",
                capitalised(targetName) + ": " + ChartLabels.rate(comparison.targetRatePer10000()));
        legendLine(svg, SvgDocument.EDGE + LEGEND_COLUMN, lineRow, "limit limit-95", "95% limits");
        legendLine(svg, SvgDocument.EDGE + 2 * LEGEND_COLUMN, lineRow, "limit limit-99-8", "99.8% limits");
        // Above the limits on one row, within and below on the next, so each row reads from high to low.
        int aboveRow = lineRow + 26;
        int belowRow = aboveRow + 24;
        for (int i = 0; i < HIGHEST_FIRST.size(); i++) {
            Position position = HIGHEST_FIRST.get(i);
            int row = i < 2 ? aboveRow : belowRow;
            int x = SvgDocument.EDGE + (i < 2 ? i : i - 2) * LEGEND_COLUMN;
            svg.empty("circle", "class", "area " + position.cssClass(), "cx", String.valueOf(x + 6),
                    "cy", String.valueOf(row - 5), "r", "5");
            svg.text("text", capitalised(position.description()), "x", String.valueOf(x + 16), "y", String.valueOf(row));
        }
        List<String> notes = new ArrayList<>();
        if (comparison.limitsWidened()) {
            notes.add("Limits widened for over-dispersion (" + widening(comparison) + ").");
        }
        List<UnplottedArea> notPlotted = comparison.notPlotted();
        if (!notPlotted.isEmpty()) {
            String symbols = notPlotted.stream().map(area -> area.symbol().code()).distinct()
                    .collect(Collectors.joining(", "));
            notes.add(notPlotted.size() + " not plotted, shown as " + symbols + " (listed in the description).");
        }
        if (!notes.isEmpty()) {
            svg.text("text", String.join(" ", notes), "x", String.valueOf(SvgDocument.EDGE), "y", String.valueOf(belowRow + 28));
        }
    }

    private static void legendLine(SvgDocument svg, int x, int y, String css, String label) {
        svg.line(css, x, y - 5, x + 28, y - 5);
        svg.text("text", label, "x", String.valueOf(x + 36), "y", String.valueOf(y));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Which over-dispersion model widened the limits, and its estimate. */
    private static String widening(FunnelComparison comparison) {
        OverDispersion estimate = comparison.overDispersion();
        return comparison.dispersion() == Dispersion.ADDITIVE_RANDOM_EFFECTS
                ? "additive model, between-area standard deviation "
                        + ChartLabels.rate(Math.sqrt(estimate.tau2()) * ObservedArea.RATE_BASE) + " per 10,000"
                : "multiplicative model, phi " + ChartLabels.trimmed(estimate.phi());
    }
}
