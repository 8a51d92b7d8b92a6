package uk.lantern.synth.internal;

import static uk.lantern.synth.internal.Community.AFRICAN;
import static uk.lantern.synth.internal.Community.ARAB;
import static uk.lantern.synth.internal.Community.BANGLADESHI;
import static uk.lantern.synth.internal.Community.CHINESE;
import static uk.lantern.synth.internal.Community.EASTERN_EUROPEAN;
import static uk.lantern.synth.internal.Community.ENGLISH;
import static uk.lantern.synth.internal.Community.INDIAN;
import static uk.lantern.synth.internal.Community.OTHER_ASIAN;
import static uk.lantern.synth.internal.Community.PAKISTANI;
import static uk.lantern.synth.internal.Community.ROMA;

/**
 * The ONS 2021 ethnic group categories (the enum names are the interchange codes), with the police self-defined
 * 18+1 code and the officer-observed IC code that usually go with each, the naming traditions people in the group
 * draw on, and the nationalities children in the group hold in these towns.
 */
enum EthnicGroup {
    BANGLADESHI_GROUP("BANGLADESHI", "A3", "IC4", names(BANGLADESHI), nationalities("GB", 93, "BD", 7)),
    CHINESE_GROUP("CHINESE", "A4", "IC5", names(CHINESE), nationalities("GB", 70, "CN", 20, "HK", 10)),
    INDIAN_GROUP("INDIAN", "A1", "IC4", names(INDIAN), nationalities("GB", 92, "IN", 8)),
    PAKISTANI_GROUP("PAKISTANI", "A2", "IC4", names(PAKISTANI), nationalities("GB", 92, "PK", 8)),
    /** Drawn with Afghan names and nationality only, to keep each child's name, surname and nationality coherent. */
    OTHER_ASIAN("OTHER_ASIAN", "A9", "IC4", names(Community.OTHER_ASIAN), nationalities("GB", 55, "AF", 45)),
    AFRICAN_GROUP("AFRICAN", "B2", "IC3", names(AFRICAN),
            nationalities("GB", 60, "NG", 12, "SO", 8, "ER", 8, "SD", 6, "ZW", 6)),
    CARIBBEAN("CARIBBEAN", "B1", "IC3", names(ENGLISH), nationalities("GB", 98, "JM", 2)),
    OTHER_BLACK("OTHER_BLACK", "B9", "IC3", mixed(AFRICAN), nationalities("GB", 95, "NG", 5)),
    WHITE_AND_ASIAN("WHITE_AND_ASIAN", "M3", "IC1", mixed(PAKISTANI), nationalities("GB", 100)),
    WHITE_AND_BLACK_AFRICAN("WHITE_AND_BLACK_AFRICAN", "M2", "IC3", mixed(AFRICAN), nationalities("GB", 100)),
    WHITE_AND_BLACK_CARIBBEAN("WHITE_AND_BLACK_CARIBBEAN", "M1", "IC3", names(ENGLISH), nationalities("GB", 100)),
    OTHER_MIXED("OTHER_MIXED", "M9", "IC1", mixed(ARAB), nationalities("GB", 100)),
    WHITE_BRITISH("WHITE_BRITISH", "W1", "IC1", names(ENGLISH), nationalities("GB", 100)),
    WHITE_IRISH("WHITE_IRISH", "W2", "IC1", names(ENGLISH), nationalities("GB", 80, "IE", 20)),
    GYPSY_OR_IRISH_TRAVELLER("GYPSY_OR_IRISH_TRAVELLER", "W3", "IC1", names(ENGLISH), nationalities("GB", 95, "IE", 5)),
    ROMA_GROUP("ROMA", "W9", "IC2", names(ROMA), nationalities("SK", 45, "CZ", 25, "RO", 20, "GB", 10)),
    OTHER_WHITE("OTHER_WHITE", "W9", "IC1", names(EASTERN_EUROPEAN),
            nationalities("PL", 35, "RO", 25, "LT", 10, "SK", 8, "LV", 5, "BG", 5, "GB", 12)),
    ARAB_GROUP("ARAB", "O1", "IC6", names(ARAB), nationalities("IQ", 25, "SY", 25, "YE", 15, "SD", 10, "GB", 25)),
    ANY_OTHER("ANY_OTHER", "O9", "IC9", names(ARAB), nationalities("IQ", 30, "IR", 30, "GB", 40));

    private final String ons2021;
    private final String policeSelfDefined;
    private final String observed;
    private final Weighted<Community[]> naming;
    private final Weighted<String> nationality;

    EthnicGroup(String ons2021, String policeSelfDefined, String observed, Weighted<Community[]> naming,
                Weighted<String> nationality) {
        this.ons2021 = ons2021;
        this.policeSelfDefined = policeSelfDefined;
        this.observed = observed;
        this.naming = naming;
        this.nationality = nationality;
    }

    String ons2021() {
        return ons2021;
    }

    String policeSelfDefined() {
        return policeSelfDefined;
    }

    String observed() {
        return observed;
    }

    /** The naming traditions of one person: first name first, surname second. */
    Community[] naming(Dice dice) {
        return naming.pick(dice);
    }

    String nationality(Dice dice) {
        return nationality.pick(dice);
    }

    private static Weighted<Community[]> names(Community community) {
        return Weighted.of(new Community[] {community, community}, 1);
    }

    /** A child of a mixed family mostly has an English first name, and either parent's surname. */
    private static Weighted<Community[]> mixed(Community other) {
        return Weighted.<Community[]>builder()
                .add(new Community[] {ENGLISH, ENGLISH}, 45)
                .add(new Community[] {ENGLISH, other}, 35)
                .add(new Community[] {other, other}, 12)
                .add(new Community[] {other, ENGLISH}, 8)
                .build();
    }

    private static Weighted<String> nationalities(Object... codesAndWeights) {
        Weighted.Builder<String> builder = Weighted.builder();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            builder.add((String) codesAndWeights[i], ((Integer) codesAndWeights[i + 1]).doubleValue());
        }
        return builder.build();
    }
}
