package uk.lantern.people;

/** The parts of the known-to-services picture, in the order they are shown. */
public enum KnownSectionKind {
    RECORDS("Records of this child across agencies"),
    AGENCIES("Other agencies involved"),
    REFERRALS("Referrals and decisions"),
    SCREENING("Screening history"),
    CASES("Open and closed cases"),
    MISSING("Missing episodes and return interviews"),
    INTELLIGENCE("Intelligence"),
    POSSIBLE_DUPLICATES("Possible duplicate records");

    private final String title;

    KnownSectionKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
