package uk.lantern.people;

/**
 * Officer-observed ethnicity (IC codes). It records what an officer perceived, not what the person said, so it is
 * kept apart from self-defined ethnicity and never stands in for it.
 */
public enum ObservedEthnicity {
    IC1("White, North European"), IC2("White, South European"), IC3("Black"), IC4("Asian"),
    IC5("Chinese, Japanese or other South East Asian"), IC6("Arab or North African"), IC9("Unknown");

    private final String label;

    ObservedEthnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
