package uk.lantern.oversight.internal.charts;

import static uk.lantern.oversight.internal.charts.SvgDocument.coordinate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One measure over successive periods as a standalone SVG line chart, drawn on the server without script. A period
 * whose figure is a symbol breaks the line, so no value is drawn where none was published, and the symbol is written
 * at the foot of the gap. Each point carries its figure in a {@code <title>} tooltip; the document's {@code <title>}
 * and {@code <desc>} tell a screen reader the span, the latest and highest figures and the periods shown as symbols.
 *
 * @param title   the heading, for example "CSE-flagged referrals, Rochdale"
 * @param measure what is counted, for example "CSE-flagged referrals"
 */
public record TimeSeriesSvg(String title, String measure) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 400;
    private static final int PLOT_LEFT = 72;
    private static final int PLOT_RIGHT = WIDTH - 24;
    private static final int PLOT_TOP = 56;
    private static final int PLOT_BOTTOM = 320;
    /** Up to this many periods each show their figure; beyond it the tooltips carry them. */
    private static final int LABELLED_PERIODS = 12;

    static final String RULES = ChartStyle.COMMON_RULES
            + ".series{fill:none;stroke:" + ChartStyle.BLUE + ";stroke-width:3}"
            + ".point{fill:" + ChartStyle.BLUE + "}"
            + ".value{font-size:13px}"
            + ".symbol{font-size:16px;font-weight:bold;fill:" + ChartStyle.GREY + "}";

    public String render(List<TimeSeriesPoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a time series has at least one period");
        }
        double highest = points.stream().filter(point -> point.value().hasValue())
                .mapToDouble(point -> point.value().value().doubleValue()).max().orElse(0);
        ValueAxis values = ValueAxis.upTo(highest, 5, PLOT_BOTTOM, PLOT_TOP);
        double slot = (double) (PLOT_RIGHT - PLOT_LEFT) / points.size();

        SvgDocument svg = SvgDocument.chart(SvgDocument.idFor("series", title), WIDTH, HEIGHT, title,
                description(points), RULES);
        svg.valueGrid(values, PLOT_LEFT, PLOT_RIGHT)
                .line("axis", PLOT_LEFT, PLOT_TOP, PLOT_LEFT, PLOT_BOTTOM)
                .verticalTitle(measure, PLOT_TOP, PLOT_BOTTOM);
        drawPeriodAxis(svg, points, slot);
        drawLine(svg, points, values, slot);
        drawPoints(svg, points, values, slot);
        return svg.close("svg").toString();
    }

    private String description(List<TimeSeriesPoint> points) {
        TimeSeriesPoint first = points.get(0);
        TimeSeriesPoint last = points.get(points.size() - 1);
        StringBuilder text = new StringBuilder(measure).append(", ").append(first.period());
        if (points.size() > 1) {
            text.append(" to ").append(last.period());
        }
        text.append(", ").append(points.size()).append(points.size() == 1 ? " period. " : " periods. ");
        text.append("Latest (").append(last.period()).append("): ").append(last.value().text()).append('.');
        points.stream().filter(point -> point.value().hasValue())
                .max(Comparator.comparing(point -> point.value().value()))
                .ifPresent(peak -> text.append(" Highest: ").append(peak.value().text())
                        .append(" in ").append(peak.period()).append('.'));
        List<String> symbols = points.stream().filter(point -> !point.value().hasValue())
                .map(point -> point.period() + " (" + point.value().symbol().code() + ", "
                        + ChartLabels.meaning(point.value().symbol()) + ")")
                .toList();
        if (!symbols.isEmpty()) {
            text.append(" Shown as a symbol, with a gap in the line: ").append(String.join("; ", symbols)).append('.');
        }
        return text.toString();
    }

    /** Period labels, every one when they fit, otherwise every few so they do not overlap. */
    private static void drawPeriodAxis(SvgDocument svg, List<TimeSeriesPoint> points, double slot) {
        svg.line("axis", PLOT_LEFT, PLOT_BOTTOM, PLOT_RIGHT, PLOT_BOTTOM);
        int every = (int) Math.ceil((double) points.size() / LABELLED_PERIODS);
        for (int i = 0; i < points.size(); i += every) {
            svg.text("text", points.get(i).period(), "class", "tick", "x", coordinate(centre(i, slot)),
                    "y", String.valueOf(PLOT_BOTTOM + 22), "text-anchor", "middle");
        }
    }

    /** The line, as one path whose pen lifts across every period shown as a symbol. */
    private static void drawLine(SvgDocument svg, List<TimeSeriesPoint> points, ValueAxis values, double slot) {
        List<String> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TimeSeriesPoint point = points.get(i);
            if (point.value().hasValue()) {
                current.add(coordinate(centre(i, slot)) + " "
                        + coordinate(values.pixels(point.value().value().doubleValue())));
            } else {
                segments.add(segment(current));
                current.clear();
            }
        }
        segments.add(segment(current));
        String path = segments.stream().filter(segment -> !segment.isEmpty()).collect(Collectors.joining(" "));
        if (!path.isEmpty()) {
            svg.empty("path", "class", "series", "d", path);
        }
    }

    private static String segment(List<String> coordinates) {
        return coordinates.isEmpty() ? "" : "M" + String.join(" L", coordinates);
    }

    private void drawPoints(SvgDocument svg, List<TimeSeriesPoint> points, ValueAxis values, double slot) {
        boolean labelled = points.size() <= LABELLED_PERIODS;
        for (int i = 0; i < points.size(); i++) {
            TimeSeriesPoint point = points.get(i);
            String x = coordinate(centre(i, slot));
            String tooltip = point.period() + ": " + point.value().text();
            if (point.value().hasValue()) {
                double y = values.pixels(point.value().value().doubleValue());
                svg.open("circle", "class", "point", "cx", x, "cy", coordinate(y), "r", "4")
                        .text("title", tooltip).close("circle");
                if (labelled) {
                    svg.text("text", point.value().text(), "class", "value", "x", x, "y", coordinate(y - 10),
                            "text-anchor", "middle");
                }
            } else {
                svg.open("text", "class", "symbol", "x", x, "y", String.valueOf(PLOT_BOTTOM - 8),
                        "text-anchor", "middle")
                        .text("title", tooltip + " (" + ChartLabels.meaning(point.value().symbol()) + ")")
                        .characters(point.value().symbol().code())
                        .close("text");
            }
        }
    }

    private static double centre(int index, double slot) {
        return PLOT_LEFT + (index + 0.5) * slot;
    }
}
