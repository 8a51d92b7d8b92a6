package uk.lantern.oversight.internal.funnel;

import uk.lantern.oversight.internal.disclosure.StatSymbol;

/**
 * An area left off the plot, with the symbol that stands for its figure: the published symbol of its count, or
 * {@link StatSymbol#NOT_APPLICABLE} when it has no children to take a rate over.
 */
public record UnplottedArea(String areaCode, String areaName, StatSymbol symbol) {
}
