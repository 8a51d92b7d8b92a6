package uk.lantern.oversight.internal.charts;

import java.util.Objects;

import uk.lantern.oversight.internal.disclosure.Cell;

/**
 * One period of a time series: its label ("2025-01", "2025 Q1", "2025") and the published figure, a number or a symbol.
 */
public record TimeSeriesPoint(String period, Cell value) {

    public TimeSeriesPoint {
        Objects.requireNonNull(period);
        Objects.requireNonNull(value);
        if (value.hasValue() && value.value().signum() < 0) {
            throw new IllegalArgumentException("a measure over time is not negative: " + value.text());
        }
    }
}
