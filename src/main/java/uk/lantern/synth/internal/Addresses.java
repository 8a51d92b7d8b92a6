package uk.lantern.synth.internal;

import java.util.List;
import java.util.Map;

import uk.lantern.synth.internal.Interchange.Address;

/**
 * Invented addresses: a house number, a street made from an invented stem and a kind, the town, and a postcode
 * with the town's real outward code and a random inward part.
 */
final class Addresses {

    /** Letters that may end a postcode: never C, I, K, M, O or V. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final List<String> stems;
    private final List<String> kinds;

    Addresses(Map<String, List<String>> places) {
        this.stems = ResourceLists.section(places, "street-stems");
        this.kinds = ResourceLists.section(places, "street-kinds");
    }

    String street(Dice dice) {
        return stem(dice) + " " + dice.oneOf(kinds);
    }

    /** An invented name stem, for streets and for the invented businesses on them. */
    String stem(Dice dice) {
        return dice.oneOf(stems);
    }

    Address home(Town town, Dice dice) {
        String line1 = dice.chance(0.12)
                ? "Flat " + dice.between(1, 24) + ", " + dice.between(1, 90) + " " + street(dice)
                : dice.between(1, 180) + " " + street(dice);
        return new Address(line1, null, town.displayName(), postcode(town, dice), null, null);
    }

    /** A home as a place in intelligence: the street address with its town, and the postcode that keys it. */
    static Interchange.LocationRecord asLocation(Address home, String system, String sourceId, Town town) {
        return new Interchange.LocationRecord("location", system, sourceId, home.line1() + ", " + home.town(),
                home.postcode(), home.line1().startsWith("Flat") ? "FLAT" : "HOUSE", town.areaCode());
    }

    static String postcode(Town town, Dice dice) {
        return dice.oneOf(town.outwardCodes()) + " " + dice.between(1, 9) + dice.oneOf(INWARD_LETTERS)
                + dice.oneOf(INWARD_LETTERS);
    }

    /** How a busy officer might type the same line: "14 Kestrel Street" as "14 Kestrel St". */
    static String abbreviated(String line) {
        return line.replaceAll(" Street$", " St").replaceAll(" Road$", " Rd").replaceAll(" Avenue$", " Ave")
                .replaceAll(" Drive$", " Dr").replaceAll(" Lane$", " Ln").replaceAll(" Crescent$", " Cres");
    }
}
