package uk.lantern.oversight.internal.funnel;

/**
 * The two sets of funnel limits Spiegelhalter (2005) recommends: 95%, about two standard errors, and 99.8%, about
 * three. An area inside its 95% limits is consistent with the target; one outside its 99.8% limits would be outside
 * them only twice in a thousand times by chance.
 */
public enum ControlLevel {
    NINETY_FIVE(0.95, "95%"),
    NINETY_NINE_POINT_EIGHT(0.998, "99.8%");

    private final double coverage;
    private final String label;

    ControlLevel(double coverage, String label) {
        this.coverage = coverage;
        this.label = label;
    }

    /** The probability below the lower limit: 0.025 or 0.001. */
    public double lowerTail() {
        return (1 - coverage) / 2;
    }

    /** The probability below the upper limit: 0.975 or 0.999. */
    public double upperTail() {
        return 1 - lowerTail();
    }

    public String label() {
        return label;
    }
}
