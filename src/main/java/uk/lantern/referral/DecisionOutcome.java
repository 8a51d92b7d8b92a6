package uk.lantern.referral;

/** What the front door decides about a referral. */
public enum DecisionOutcome {
    NO_FURTHER_ACTION("No further action"),
    INFORMATION_AND_ADVICE("Information and advice"),
    EARLY_HELP("Early help"),
    ASSESSMENT("Assessment"),
    STRATEGY_DISCUSSION("Strategy discussion / section 47");

    private final String label;

    DecisionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Outcomes that open a case. */
    public boolean opensCase() {
        return this == ASSESSMENT || this == STRATEGY_DISCUSSION;
    }
}
