package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.lantern.resolution.FieldWeight;
import uk.lantern.resolution.PairComparison;

/**
 * A pair's score as a waterfall, laid out for an SVG drawn by the comparison page: the prior weight, then each
 * field's weight moving the running total up or down, ending at the total. One row a step, the weight axis across.
 * The page's table lists the same steps, so the chart has a text alternative with every figure.
 */
record WaterfallChart(int width, int height, double zeroX, double plotTop, double plotBottom, List<Step> steps,
                      List<Tick> ticks) {

    static final int WIDTH = 720;
    static final int LABELS = 170;
    static final int PLOT_LEFT = 180;
    static final int PLOT_RIGHT = 640;
    static final int ROW = 30;
    static final int TOP = 10;
    /** Figures are written with a true minus sign, which screen readers read as "minus". */
    static final char MINUS = '\u2212';

    /**
     * One step of the waterfall.
     *
     * @param kind {@code prior}, {@code up}, {@code down} or {@code total}, for the bar's style
     * @param level the comparison level the pair reached; null for the prior and the total
     */
    record Step(String label, String level, String kind, String weight, String runningTotal, double x, double y,
                double barWidth, double textX, String textAnchor) {
    }

    /** A gridline on the weight axis, with its label. */
    record Tick(double x, String label) {
    }

    private static final Map<String, String> FIELD_LABELS = Map.of("first_name", "First name", "surname", "Surname",
            "dob", "Date of birth", "postcode", "Postcode", "sex", "Sex", "phone", "Phone", "nhs_number",
            "NHS number");

    static WaterfallChart of(PairComparison comparison) {
        List<double[]> spans = new ArrayList<>();
        double running = comparison.priorWeight();
        spans.add(new double[] {0, running});
        for (FieldWeight field : comparison.fields()) {
            spans.add(new double[] {running, running + field.matchWeight()});
            running += field.matchWeight();
        }
        spans.add(new double[] {0, comparison.totalWeight()});
        double low = 0;
        double high = 0;
        for (double[] span : spans) {
            low = Math.min(low, Math.min(span[0], span[1]));
            high = Math.max(high, Math.max(span[0], span[1]));
        }
        low = Math.floor(low) - 1;
        high = Math.ceil(high) + 1;
        Scale scale = new Scale(low, high);

        List<Step> steps = new ArrayList<>();
        steps.add(step("Prior", null, "prior", spans.get(0), comparison.priorWeight(), 0, scale));
        for (int i = 0; i < comparison.fields().size(); i++) {
            FieldWeight field = comparison.fields().get(i);
            double[] span = spans.get(i + 1);
            steps.add(step(label(field.comparison()), field.level(), field.matchWeight() < 0 ? "down" : "up", span,
                    field.matchWeight(), i + 1, scale));
        }
        steps.add(step("Total", null, "total", spans.get(spans.size() - 1), comparison.totalWeight(), steps.size(),
                scale));
        double plotBottom = TOP + steps.size() * ROW;
        return new WaterfallChart(WIDTH, (int) plotBottom + 30, scale.x(0), TOP, plotBottom, steps,
                ticks(low, high, scale));
    }

    /** Where the steps' labels end, right-aligned before the plot. */
    public double labelX() {
        return LABELS;
    }

    /** A field's name for reading: {@code nhs_number} is "NHS number". */
    static String label(String comparison) {
        String known = FIELD_LABELS.get(comparison);
        if (known != null) {
            return known;
        }
        String words = comparison.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Step step(String label, String level, String kind, double[] span, double weight, int row,
                             Scale scale) {
        double left = scale.x(Math.min(span[0], span[1]));
        double right = scale.x(Math.max(span[0], span[1]));
        boolean textOnRight = right + 60 <= WIDTH;
        return new Step(label, level, kind, signed(weight), signed(span[1]), left, TOP + row * ROW + 5,
                Math.max(2, right - left), textOnRight ? right + 6 : left - 6, textOnRight ? "start" : "end");
    }

    private static List<Tick> ticks(double low, double high, Scale scale) {
        int every = (int) Math.max(1, Math.ceil((high - low) / 8));
        List<Tick> ticks = new ArrayList<>();
        for (double value = Math.ceil(low / every) * every; value <= high; value += every) {
            ticks.add(new Tick(scale.x(value), String.format(Locale.ROOT, "%.0f", value).replace('-', MINUS)));
        }
        return ticks;
    }

    static String signed(double weight) {
        return String.format(Locale.ROOT, "%+.2f", weight).replace('-', MINUS);
    }

    private record Scale(double low, double high) {

        double x(double weight) {
            return PLOT_LEFT + (weight - low) / (high - low) * (PLOT_RIGHT - PLOT_LEFT);
        }
    }
}
