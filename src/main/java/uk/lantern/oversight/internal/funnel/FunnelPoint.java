package uk.lantern.oversight.internal.funnel;

import java.util.Objects;

import uk.lantern.oversight.internal.disclosure.Cell;

/**
 * One area offered to a funnel plot: its published count of events and its child population. An area whose count is
 * a symbol (suppressed, not available...) is listed but not plotted.
 *
 * @param population children aged 0 to 17; an area with none cannot have a rate and is not plotted
 */
public record FunnelPoint(String areaCode, String areaName, Cell count, long population) {

    public FunnelPoint {
        Objects.requireNonNull(areaCode);
        Objects.requireNonNull(areaName);
        Objects.requireNonNull(count);
        if (population < 0) {
            throw new IllegalArgumentException("a population is not negative: " + population);
        }
    }
}
