package uk.lantern.resolution.internal;

/**
 * The communities of the hard UK set, each with its section of the synthetic name lists and how its households are
 * made up: Pakistani, Bangladeshi and Roma families are larger and more often extended (brothers, their wives and
 * children, a grandparent or a cousin under one roof) than English or Eastern European ones.
 */
enum UkCommunity {
    ENGLISH("english", 3, 0.03),
    PAKISTANI("pakistani", 5, 0.30),
    BANGLADESHI("bangladeshi", 5, 0.30),
    INDIAN("indian", 3, 0.15),
    EASTERN_EUROPEAN("eastern-european", 3, 0.05),
    ROMA("roma", 5, 0.20),
    ARAB("arab", 4, 0.10),
    AFRICAN("african", 4, 0.05);

    private final String section;
    private final int mostChildren;
    private final double extendedShare;

    UkCommunity(String section, int mostChildren, double extendedShare) {
        this.section = section;
        this.mostChildren = mostChildren;
        this.extendedShare = extendedShare;
    }

    /** The section of the name lists ({@code [pakistani]}) that names this community's people. */
    String section() {
        return section;
    }

    /** The most children a couple here has in this set. */
    int mostChildren() {
        return mostChildren;
    }

    /** The share of households that are extended families. */
    double extendedShare() {
        return extendedShare;
    }

    /** Communities whose men are very often Muhammad, as a name on its own or the first of a compound name. */
    boolean namesSonsMuhammad() {
        return this == PAKISTANI || this == BANGLADESHI;
    }

    /** Communities whose names are written in another script first, so that their spelling in English varies. */
    boolean transliterated() {
        return this == PAKISTANI || this == BANGLADESHI || this == ARAB || this == INDIAN;
    }

    /** Communities whose names come from Polish, Slovak, Czech, Romanian or Lithuanian spelling. */
    boolean centralEuropeanSpelling() {
        return this == EASTERN_EUROPEAN || this == ROMA;
    }
}
