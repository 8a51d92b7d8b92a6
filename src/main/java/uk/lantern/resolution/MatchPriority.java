package uk.lantern.resolution;

/** Why a pair stands where it does in the review queue: what deciding it would change, most first. */
public enum MatchPriority {
    SUSPECT_IN_NETWORK("Would join a suspect in a network to another record"),
    /** A practitioner who saw both records at the point of decision asked the analysts to decide. */
    ASKED_BY_PRACTITIONER("A practitioner asked for a decision"),
    CHILD_ACROSS_AGENCIES("Would link a child's records held by different agencies"),
    PROBABILITY("By probability");

    private final String label;

    MatchPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
