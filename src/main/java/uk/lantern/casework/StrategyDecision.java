package uk.lantern.casework;

/** What a strategy discussion decides. */
public enum StrategyDecision {
    SECTION_47_ENQUIRY("Section 47 enquiry"),
    CHILD_IN_NEED_ASSESSMENT("Continue the child in need assessment"),
    FURTHER_STRATEGY_DISCUSSION("Meet again"),
    NO_FURTHER_ACTION("No further action");

    private final String label;

    StrategyDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
