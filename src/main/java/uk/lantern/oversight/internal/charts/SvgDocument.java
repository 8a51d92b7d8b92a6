package uk.lantern.oversight.internal.charts;

import java.util.Locale;

/**
 * SVG markup written element by element. Every attribute value and every text node passes through {@link #escape},
 * so an area name such as "Brighton & Hove" or a figure label cannot break the document or inject markup.
 */
final class SvgDocument {

    static final int EDGE = 8;

    private final StringBuilder markup = new StringBuilder();

    /**
     * Opens a chart: the root element with its accessible name and description, the style sheet, and the title as a
     * visible heading. The caller closes the {@code svg} element.
     *
     * @param id distinguishes this chart's title and description from those of other charts on the same page
     */
    static SvgDocument chart(String id, int width, int height, String title, String description, String rules) {
        SvgDocument svg = new SvgDocument();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "viewBox", "0 0 " + width + " " + height,
                "width", String.valueOf(width), "height", String.valueOf(height),
                "aria-labelledby", id + "-title " + id + "-desc");
        svg.text("title", title, "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        svg.open("style").raw(rules).close("style");
        svg.text("text", title, "class", "chart-title", "x", String.valueOf(EDGE), "y", "24");
        return svg;
    }

    /** An id for a chart that differs from other charts' on the same page: the kind of chart and its title. */
    static String idFor(String kind, String title) {
        return kind + "-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** Opens an element; attributes come as name, value pairs. */
    SvgDocument open(String element, String... attributes) {
        markup.append('<').append(element);
        appendAttributes(attributes);
        markup.append('>');
        return this;
    }

    SvgDocument close(String element) {
        markup.append("</").append(element).append('>');
        return this;
    }

    SvgDocument empty(String element, String... attributes) {
        markup.append('<').append(element);
        appendAttributes(attributes);
        markup.append("/>");
        return this;
    }

    /** An element holding only text. */
    SvgDocument text(String element, String content, String... attributes) {
        return open(element, attributes).characters(content).close(element);
    }

    /** Text inside the element last opened. */
    SvgDocument characters(String content) {
        markup.append(escape(content));
        return this;
    }

    SvgDocument line(String cssClass, double x1, double y1, double x2, double y2) {
        return empty("line", "class", cssClass, "x1", coordinate(x1), "y1", coordinate(y1), "x2", coordinate(x2),
                "y2", coordinate(y2));
    }

    /** Horizontal gridlines across the plot at each of the axis's ticks, each labelled on the left. */
    SvgDocument valueGrid(ValueAxis values, double left, double right) {
        for (double tick : values.ticks()) {
            double y = values.pixels(tick);
            line("grid", left, y, right, y);
            text("text", ChartLabels.trimmed(tick), "class", "tick", "x", coordinate(left - 8), "y", coordinate(y + 4),
                    "text-anchor", "end");
        }
        return this;
    }

    /** An axis title written upwards, centred beside the span from {@code top} to {@code bottom}. */
    SvgDocument verticalTitle(String title, double top, double bottom) {
        return text("text", title, "class", "axis-title", "x", "0", "y", "0", "text-anchor", "middle",
                "transform", "translate(18 " + coordinate((top + bottom) / 2) + ") rotate(-90)");
    }

    /** Markup that is already complete, such as a style sheet written in this package. */
    SvgDocument raw(String trustedMarkup) {
        markup.append(trustedMarkup);
        return this;
    }

    @Override
    public String toString() {
        return markup.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A coordinate to two decimal places, the same in every locale. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            markup.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }
}
