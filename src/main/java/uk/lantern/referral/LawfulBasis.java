package uk.lantern.referral;

/**
 * The lawful basis on which the referrer shares the information (UK GDPR and the Data Protection Act 2018).
 * Safeguarding a child is normally a public task; sharing without consent is lawful where consent would put the
 * child at risk.
 */
public enum LawfulBasis {
    PUBLIC_TASK("Public task"),
    SAFEGUARDING_WITHOUT_CONSENT("Safeguarding without consent (seeking consent would put the child at risk)"),
    LEGAL_OBLIGATION("Legal obligation"),
    VITAL_INTERESTS("Vital interests"),
    CONSENT("Consent");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
