package uk.lantern.risk;

/** The advisory level of a screening, from least to most concern. The order of the constants is that order. */
public enum ScreeningLevel {

    NO_INDICATORS("No indicators"),
    LOW("Low risk"),
    MEDIUM("Medium risk"),
    HIGH("High risk"),
    SIGNIFICANT_HARM("Significant harm");

    private final String label;

    ScreeningLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
