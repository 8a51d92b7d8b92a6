package uk.lantern.referral;

/** How soon the referrer believes the child needs help. The triage queue is ordered by this, then by age. */
public enum Urgency {
    IMMEDIATE("Immediate: the child is at risk of significant harm now"),
    URGENT("Urgent: today"),
    ROUTINE("Routine");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
