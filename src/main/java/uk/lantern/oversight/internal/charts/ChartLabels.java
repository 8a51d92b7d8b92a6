package uk.lantern.oversight.internal.charts;

import java.text.NumberFormat;
import java.util.Locale;

import uk.lantern.oversight.internal.disclosure.StatSymbol;

/** How numbers and symbols read on Lantern's charts. */
final class ChartLabels {

    private ChartLabels() {
    }

    /** A population for an axis tick: 0, 500, 50k, 1.5m. */
    static String compact(double value) {
        if (value >= 1_000_000) {
            return trimmed(value / 1_000_000) + "m";
        }
        if (value >= 1_000) {
            return trimmed(value / 1_000) + "k";
        }
        return trimmed(value);
    }

    /** A count with thousands separators: 12,183,016. */
    static String whole(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** A rate to one decimal place: 12.8. */
    static String rate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A figure as an axis or data label prints it: up to two decimal places, no trailing zeros. */
    static String trimmed(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }

    static String meaning(StatSymbol symbol) {
        return switch (symbol) {
            case SUPPRESSED -> "suppressed";
            case NOT_AVAILABLE -> "not available";
            case NOT_APPLICABLE -> "not applicable";
            case LOW_RELIABILITY -> "low reliability";
        };
    }
}
