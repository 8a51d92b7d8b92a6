package uk.lantern.referral;

public enum ReferralStatus {
    AWAITING_DECISION("Awaiting decision"),
    AWAITING_SIGN_OFF("Decision awaiting manager sign-off"),
    DECIDED("Decided"),
    CLOSED("Closed");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
