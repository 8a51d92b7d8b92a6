package uk.lantern.oversight.internal.funnel;

/** A plotted area and where it falls against the limits for its population. */
public record ComparedArea(ObservedArea area, Position position) {
}
