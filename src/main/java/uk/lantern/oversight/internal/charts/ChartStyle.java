package uk.lantern.oversight.internal.charts;

/** The GOV.UK colours and typeface Lantern's charts are drawn in, and the rules both charts share. */
final class ChartStyle {

    static final String TEXT = "#0b0c0c";
    static final String BLUE = "#1d70b8";
    static final String RED = "#d4351c";
    static final String GREY = "#505a5f";
    static final String LIGHT_GREY = "#b1b4b6";
    static final String WHITE = "#ffffff";

    /** Rules for the text, axes and gridlines every chart has; each chart adds its own. */
    static final String COMMON_RULES = ""
            + "text{font-family:\"GDS Transport\",arial,sans-serif;fill:" + TEXT + ";font-size:14px}"
            + ".chart-title{font-size:19px;font-weight:bold}"
            + ".axis-title{font-size:14px;font-weight:bold}"
            + ".tick{font-size:13px}"
            + ".axis{stroke:" + TEXT + ";stroke-width:1}"
            + ".grid{stroke:" + LIGHT_GREY + ";stroke-width:1}";

    private ChartStyle() {
    }
}
