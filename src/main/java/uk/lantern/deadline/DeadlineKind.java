package uk.lantern.deadline;

/** The statutory clocks Lantern runs. */
public enum DeadlineKind {
    REFERRAL_DECISION("Referral decision"),
    NFA_SIGN_OFF("Manager sign-off of no further action"),
    ASSESSMENT("Assessment"),
    INITIAL_CONFERENCE("Initial child protection conference"),
    RETURN_INTERVIEW("Return home interview"),
    CASE_ACTION("Case action");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
