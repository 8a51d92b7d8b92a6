package uk.lantern.synth.internal;

import java.util.List;
import java.util.Locale;

/**
 * The three demo areas. Postcodes use each town's real outward codes with invented inward parts. The ethnic mix
 * follows the Census 2021 counts for the local authority (ONS table TS021, all ages, Open Government Licence
 * v3.0), leaned towards the younger age profile of mixed and Asian groups.
 */
enum Town {
    ROCHDALE("Rochdale", "E08000005", Force.GREATER_MANCHESTER, List.of("OL11", "OL12", "OL16"),
            new int[] {5170, 867, 1190, 30525, 3654, 6476, 440, 1011, 1736, 1210, 1303, 1035, 156669, 1735, 194, 163,
                6724, 815, 2854}),
    OLDHAM("Oldham", "E08000004", Force.GREATER_MANCHESTER, List.of("OL1", "OL4", "OL8", "OL9"),
            new int[] {21754, 819, 1676, 32802, 2514, 6065, 876, 1268, 1829, 1043, 2353, 900, 157914, 1279, 177, 549,
                4978, 521, 2770}),
    ROTHERHAM("Rotherham", "E08000018", Force.SOUTH_YORKSHIRE, List.of("S60", "S61", "S65", "S66"),
            new int[] {123, 756, 1312, 10001, 1984, 2260, 336, 420, 1300, 583, 1183, 788, 234613, 655, 227, 699, 5760,
                778, 2028});

    private static final Weighted<Town> BY_POPULATION = byPopulation();

    private final String displayName;
    private final String areaCode;
    private final Force force;
    private final List<String> outwardCodes;
    private final int population;
    private final Weighted<EthnicGroup> ethnicMix;

    Town(String displayName, String areaCode, Force force, List<String> outwardCodes, int[] census2021) {
        this.displayName = displayName;
        this.areaCode = areaCode;
        this.force = force;
        this.outwardCodes = outwardCodes;
        Weighted.Builder<EthnicGroup> mix = Weighted.builder();
        int total = 0;
        for (EthnicGroup group : EthnicGroup.values()) {
            total += census2021[group.ordinal()];
            mix.add(group, census2021[group.ordinal()] * YouthLean.FACTORS[group.ordinal()]);
        }
        this.population = total;
        this.ethnicMix = mix.build();
    }

    static Town pick(Dice dice) {
        return BY_POPULATION.pick(dice);
    }

    String displayName() {
        return displayName;
    }

    String areaCode() {
        return areaCode;
    }

    Force force() {
        return force;
    }

    List<String> outwardCodes() {
        return outwardCodes;
    }

    /** The share of all the towns' people who live in this one. */
    double share() {
        int all = 0;
        for (Town town : values()) {
            all += town.population;
        }
        return (double) population / all;
    }

    EthnicGroup ethnicGroup(Dice dice) {
        return ethnicMix.pick(dice);
    }

    /** Three capitals for ids, such as {@code ROC}. */
    String shortCode() {
        return displayName.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    /** The prefix of this town's agencies' record systems, such as {@code rochdale}. */
    String systemPrefix() {
        return displayName.toLowerCase(Locale.ROOT);
    }

    private static Weighted<Town> byPopulation() {
        Weighted.Builder<Town> towns = Weighted.builder();
        for (Town town : values()) {
            towns.add(town, town.population);
        }
        return towns.build();
    }

    /** Kept apart because an enum's constructor may not read the enum's own static fields. */
    private static final class YouthLean {

        /** Relative share of each group among under-18s compared with all ages, in {@link EthnicGroup} order. */
        static final double[] FACTORS = {1.4, 1.0, 1.0, 1.4, 1.0, 1.3, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 0.9, 0.4, 1.0, 1.5,
            1.0, 1.0, 1.0};
    }
}
