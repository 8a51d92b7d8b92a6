package uk.lantern.resolution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The real towns the hard UK set places its invented households in, with their real postcode districts and dialling
 * codes and a community mix in the spirit of the towns' census figures (Bradford, Rochdale and Oldham with large
 * Pakistani and Bangladeshi communities; Rotherham and Telford mostly English, with Pakistani or Kashmiri, Eastern
 * European and Roma communities). Streets, postcodes and numbers are invented.
 *
 * <p>Landlines: Oldham's come from Ofcom's drama range for 0161 (0161 496 0000 to 0999). Ofcom keeps no drama range
 * for 01706, 01709, 01952 or 01274, so the other towns' numbers begin, after the dialling code, with 0, which no UK
 * local number ever does: they are plainly fictional.
 */
enum UkTown {
    ROCHDALE("Rochdale", 0.20, "01706", List.of("OL11", "OL12", "OL16"),
            mix(0.66, 0.20, 0.07, 0, 0.04, 0, 0.02, 0.01)),
    OLDHAM("Oldham", 0.20, "0161", List.of("OL1", "OL4", "OL8", "OL9"),
            mix(0.62, 0.14, 0.14, 0, 0.04, 0.02, 0, 0.04)),
    ROTHERHAM("Rotherham", 0.16, "01709", List.of("S60", "S61", "S65", "S66"),
            mix(0.80, 0.09, 0, 0, 0.05, 0.05, 0.01, 0)),
    TELFORD("Telford", 0.16, "01952", List.of("TF1", "TF2", "TF3", "TF4", "TF5", "TF6", "TF7"),
            mix(0.84, 0.05, 0, 0.04, 0.05, 0.02, 0, 0)),
    BRADFORD("Bradford", 0.28, "01274", List.of("BD3", "BD5", "BD7", "BD8", "BD9"),
            mix(0.45, 0.36, 0.05, 0.04, 0.06, 0.04, 0, 0));

    private static final double[] SHARES = Arrays.stream(values()).mapToDouble(town -> town.share).toArray();
    private static final String OFCOM_DRAMA_0161 = "0161 496 0";

    private final String townName;
    private final double share;
    private final String diallingCode;
    private final List<String> districts;
    private final double[] communityMix;

    UkTown(String townName, double share, String diallingCode, List<String> districts, double[] communityMix) {
        this.townName = townName;
        this.share = share;
        this.diallingCode = diallingCode;
        this.districts = districts;
        this.communityMix = communityMix;
    }

    /** Weights in the order of {@link UkCommunity}'s constants. */
    private static double[] mix(double... weights) {
        if (weights.length != UkCommunity.values().length) {
            throw new IllegalArgumentException("One weight a community");
        }
        return weights;
    }

    /** A town drawn by its share of the set's households. */
    static UkTown draw(SplittableRandom random) {
        return values()[WeightedChoice.index(SHARES, random)];
    }

    String townName() {
        return townName;
    }

    List<String> districts() {
        return districts;
    }

    UkCommunity community(SplittableRandom random) {
        return UkCommunity.values()[WeightedChoice.index(communityMix, random)];
    }

    /** An invented landline in the town's dialling code; see the class comment for why none can be real. */
    String landline(SplittableRandom random) {
        if (this == OLDHAM) {
            return OFCOM_DRAMA_0161 + InventedValues.zeroPadded(random.nextInt(1000), 3);
        }
        return diallingCode + " 0" + InventedValues.zeroPadded(random.nextInt(100_000), 5);
    }
}
