package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The invented streets of the hard UK set's towns and the homes on them. A street lies in one postcode sector of
 * one of its town's real districts; each run of {@value #HOUSES_A_POSTCODE} house numbers shares one postcode, as on
 * a real street, so neighbours share a postcode and many households share a street. Street names are made from the
 * synthetic data generator's stems and kinds ("Millstone Road"). Each town also has a few children's homes, where
 * children in care are recorded instead of at their family's address.
 */
final class UkAddresses {

    /** A home: the first line ("14 Millstone Road") and its postcode ("OL11 3QZ"). */
    record Address(UkTown town, String line, String postcode) {
    }

    /** A street, its postcode units (one a run of house numbers) and the houses a household of the set lives in. */
    private record Street(String name, String sector, String[] units, BitSet occupied) {

        int houses() {
            return units.length * HOUSES_A_POSTCODE;
        }
    }

    static final int HOUSES_A_POSTCODE = 12;
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final int SECTORS = 9;
    private static final int CHILDRENS_HOMES_A_TOWN = 4;
    private static final int TRIES_FOR_AN_EMPTY_HOUSE = 20;

    private final Map<UkTown, List<Street>> streets = new EnumMap<>(UkTown.class);
    private final Map<UkTown, List<Address>> childrensHomes = new EnumMap<>(UkTown.class);

    /** Streets for every town: as many as asked, or half the names its stems, kinds and sectors allow if fewer. */
    UkAddresses(int streetsATown, SplittableRandom random) {
        Map<String, List<String>> places = SynthLists.sections("/synth/places.txt");
        List<String> stems = places.get("street-stems");
        List<String> kinds = places.get("street-kinds");
        for (UkTown town : UkTown.values()) {
            int names = stems.size() * new HashSet<>(kinds).size() * town.districts().size() * SECTORS;
            int wanted = Math.min(streetsATown, names / 2);
            List<Street> ofTown = new ArrayList<>(wanted);
            Set<String> named = new HashSet<>();
            while (ofTown.size() < wanted) {
                String district = town.districts().get(random.nextInt(town.districts().size()));
                String sector = district + " " + (1 + random.nextInt(SECTORS));
                String name = stems.get(random.nextInt(stems.size())) + " " + kinds.get(random.nextInt(kinds.size()));
                if (named.add(sector + name)) {
                    ofTown.add(street(name, sector, random));
                }
            }
            streets.put(town, ofTown);
            List<Address> homes = new ArrayList<>();
            for (int home = 0; home < CHILDRENS_HOMES_A_TOWN; home++) {
                homes.add(newHome(town, random));
            }
            childrensHomes.put(town, homes);
        }
    }

    /** A street of 12 to 156 houses in one postcode sector ("OL11 3"). */
    private static Street street(String name, String sector, SplittableRandom random) {
        String[] units = new String[1 + random.nextInt(13)];
        for (int unit = 0; unit < units.length; unit++) {
            units[unit] = "" + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
        }
        return new Street(name, sector, units, new BitSet());
    }

    /** A home in the town no household lives in yet, if one is found quickly; else a shared house. */
    Address newHome(UkTown town, SplittableRandom random) {
        List<Street> ofTown = streets.get(town);
        Street street = null;
        int number = 0;
        for (int tries = 0; tries < TRIES_FOR_AN_EMPTY_HOUSE; tries++) {
            street = ofTown.get(random.nextInt(ofTown.size()));
            number = 1 + random.nextInt(street.houses());
            if (!street.occupied().get(number)) {
                street.occupied().set(number);
                break;
            }
        }
        return new Address(town, number + " " + street.name(),
                street.sector() + street.units()[(number - 1) / HOUSES_A_POSTCODE]);
    }

    Address childrensHome(UkTown town, SplittableRandom random) {
        List<Address> homes = childrensHomes.get(town);
        return homes.get(random.nextInt(homes.size()));
    }
}
