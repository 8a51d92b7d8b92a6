package uk.lantern.oversight.internal.baseline;

import java.util.OptionalLong;

import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.funnel.FunnelPoint;

/**
 * One area's published factor 11A figure for a reporting year, with the child population it is taken over.
 *
 * @param areaCode       the ONS code the DfE published the figure under (a successor code finds its predecessor's)
 * @param year           the reporting year: 2025 is the year ending 31 March 2025
 * @param count          episodes with child sexual exploitation identified at the end of assessment, as published
 * @param population     children aged 0 to 17 in the mid-year estimate used; empty when there is none
 * @param ratePer10000   count per 10,000 children, to one decimal place; the count's symbol if it has one, and
 *                       {@code x} (not available) when there is no population
 */
public record BaselineFigure(String areaCode, String areaName, int year, Cell count, OptionalLong population,
        Cell ratePer10000) {

    /**
     * The figure as a funnel plot point. A figure without a rate is offered with the rate's symbol in place of its
     * count, so that it is listed as not plotted for the reason the rate gives.
     */
    public FunnelPoint toFunnelPoint() {
        Cell plotted = ratePer10000.hasValue() ? count : ratePer10000;
        return new FunnelPoint(areaCode, areaName, plotted, population.orElse(0));
    }
}
