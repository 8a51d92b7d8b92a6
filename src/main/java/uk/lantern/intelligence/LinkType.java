package uk.lantern.intelligence;

/**
 * How two subjects are linked. {@code NAMED_TOGETHER} is implied whenever two subjects appear in the same report;
 * {@code SAME_PERSON} comes from entity resolution; the others are stated, by a report's links or by what a child
 * said.
 */
public enum LinkType {
    NAMED_TOGETHER("Named in the same report"),
    ASSOCIATE("Associates"),
    FAMILY("Family"),
    USES_VEHICLE("Uses the vehicle"),
    USES_PHONE("Uses the phone"),
    LIVES_AT("Lives at"),
    PRESENT_AT("Present at"),
    WORKS_FOR("Works for"),
    CONTACTED("Was in contact with"),
    SEEN_WITH("Seen with"),
    MENTIONED_BY_CHILD("Mentioned by the child"),
    /** Two agencies' records that entity resolution found to be one person. */
    SAME_PERSON("Recorded as the same person");

    private final String label;

    LinkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
