package uk.lantern.casework;

/** The plans a case can carry. */
public enum CasePlanKind {
    CHILD_PROTECTION("Child protection plan"),
    SAFETY("Safety plan");

    private final String label;

    CasePlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
