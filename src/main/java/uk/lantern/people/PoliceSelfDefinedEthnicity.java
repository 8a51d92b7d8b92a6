package uk.lantern.people;

/**
 * The police self-defined ethnicity codes (18+1). Each maps to an ONS 2021 category for statistics; {@code NS}
 * (not stated) maps to none. Roma has no code of its own in 18+1 and falls under W9.
 */
public enum PoliceSelfDefinedEthnicity {
    W1(Ons2021Ethnicity.WHITE_BRITISH), W2(Ons2021Ethnicity.WHITE_IRISH),
    W3(Ons2021Ethnicity.GYPSY_OR_IRISH_TRAVELLER), W9(Ons2021Ethnicity.OTHER_WHITE),
    M1(Ons2021Ethnicity.WHITE_AND_BLACK_CARIBBEAN), M2(Ons2021Ethnicity.WHITE_AND_BLACK_AFRICAN),
    M3(Ons2021Ethnicity.WHITE_AND_ASIAN), M9(Ons2021Ethnicity.OTHER_MIXED),
    A1(Ons2021Ethnicity.INDIAN), A2(Ons2021Ethnicity.PAKISTANI), A3(Ons2021Ethnicity.BANGLADESHI),
    A4(Ons2021Ethnicity.CHINESE), A9(Ons2021Ethnicity.OTHER_ASIAN),
    B1(Ons2021Ethnicity.CARIBBEAN), B2(Ons2021Ethnicity.AFRICAN), B9(Ons2021Ethnicity.OTHER_BLACK),
    O1(Ons2021Ethnicity.ARAB), O9(Ons2021Ethnicity.ANY_OTHER),
    NS(null);

    private final Ons2021Ethnicity ons2021;

    PoliceSelfDefinedEthnicity(Ons2021Ethnicity ons2021) {
        this.ons2021 = ons2021;
    }

    /** The ONS 2021 category, or null for not stated. */
    public Ons2021Ethnicity ons2021() {
        return ons2021;
    }
}
