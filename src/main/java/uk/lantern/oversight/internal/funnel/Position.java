package uk.lantern.oversight.internal.funnel;

/** Where an area's rate falls against the funnel limits for its population. */
public enum Position {
    BELOW_99_8("below-99-8", "below the 99.8% limit"),
    BELOW_95("below-95", "below the 95% limit"),
    WITHIN("within", "within the 95% limits"),
    ABOVE_95("above-95", "above the 95% limit"),
    ABOVE_99_8("above-99-8", "above the 99.8% limit");

    private final String cssClass;
    private final String description;

    Position(String cssClass, String description) {
        this.cssClass = cssClass;
        this.description = description;
    }

    /** The class a chart gives the area's mark. */
    public String cssClass() {
        return cssClass;
    }

    /** As a sentence says it: "above the 99.8% limit". A rate beyond 99.8% is also beyond 95%, but is told once. */
    public String description() {
        return description;
    }
}
