package uk.lantern.oversight.internal.funnel;

/** An area with a count to plot: events among its children, and so a rate. */
public record ObservedArea(String areaCode, String areaName, long count, long population) {

    /** Rates are shown per this many children. */
    public static final int RATE_BASE = 10_000;

    public ObservedArea {
        if (count < 0 || population <= 0) {
            throw new IllegalArgumentException("a plotted area has a count and children: " + count + "/" + population);
        }
    }

    public double ratePerChild() {
        return (double) count / population;
    }

    public double ratePer10000() {
        return ratePerChild() * RATE_BASE;
    }
}
