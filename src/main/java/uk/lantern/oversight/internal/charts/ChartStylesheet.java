package uk.lantern.oversight.internal.charts;

/**
 * The charts' style rules as one stylesheet. Each chart carries its rules in its own {@code <style>} so that it reads
 * well on its own (saved, or opened in a browser); a page drawing charts inline serves this stylesheet instead,
 * because its content security policy rightly refuses inline styles.
 */
public final class ChartStylesheet {

    private ChartStylesheet() {
    }

    public static String css() {
        return FunnelPlotSvg.RULES + "\n" + TimeSeriesSvg.RULES.substring(ChartStyle.COMMON_RULES.length()) + "\n";
    }
}
