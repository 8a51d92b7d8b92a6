package uk.lantern.oversight.internal.disclosure;

/** How a table publishes the totals along one of its margins. */
public enum TotalsShown {
    /** The margin has no totals. */
    NONE,
    /** The totals are published as counted, for example a local authority's own total. */
    EXACT,
    /** The totals are national or regional and published rounded to the rounding base. */
    ROUNDED;

    /**
     * How the grand total is published when the row totals and the column totals are published as given: shown if
     * either margin is, and rounded if either margin is, because it is then a national figure.
     */
    static TotalsShown forGrandTotal(TotalsShown rowTotals, TotalsShown columnTotals) {
        if (rowTotals == ROUNDED || columnTotals == ROUNDED) {
            return ROUNDED;
        }
        return rowTotals == EXACT || columnTotals == EXACT ? EXACT : NONE;
    }
}
