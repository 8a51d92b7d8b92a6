package uk.lantern.synth.internal;

/** A naming tradition: which lists a person's first name and surname are drawn from. */
enum Community {
    ENGLISH("english"),
    PAKISTANI("pakistani"),
    BANGLADESHI("bangladeshi"),
    INDIAN("indian"),
    CHINESE("chinese"),
    /** Afghan names: see {@link EthnicGroup#OTHER_ASIAN}. */
    OTHER_ASIAN("other-asian"),
    AFRICAN("african"),
    EASTERN_EUROPEAN("eastern-european"),
    ROMA("roma"),
    ARAB("arab");

    private final String section;

    Community(String section) {
        this.section = section;
    }

    String section() {
        return section;
    }
}
