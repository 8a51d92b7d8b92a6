package uk.lantern.casework;

/** How a case ends. The outcome is told to the referrer. */
public enum CaseOutcome {
    NO_FURTHER_ACTION("No further action after assessment"),
    EARLY_HELP("Stepped down to early help"),
    CHILD_IN_NEED_PLAN("Child in need plan"),
    CHILD_PROTECTION_PLAN("Child protection plan"),
    LOOKED_AFTER("Looked after by the local authority"),
    TRANSFERRED("Transferred to another local authority");

    private final String label;

    CaseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
