package uk.lantern.synth.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.SynthSpec;
import uk.lantern.synth.internal.Interchange.Address;

/**
 * Everything a bundle shares across its children: the simulated period, the agencies and their staff, the planted
 * networks, each town's busy public places, the word lists. Drawn once, from the first split of the seed, before any
 * child.
 */
final class World {

    /** The share of children affected by sexual exploitation, and of those, the share linked to a network. */
    static final double CSE_SHARE = 0.25;
    static final double NETWORK_SHARE = 0.7;

    /** The pieces that networks and staff are drawn from. */
    record Parts(Map<String, List<String>> places, Addresses addresses, AgencyDirectory agencies,
                 PersonNames personNames, LocalDate today, List<String> otherTowns) {

        String otherTown(Town town, Dice dice) {
            String other;
            do {
                other = dice.oneOf(otherTowns);
            } while (other.equals(town.displayName()));
            return other;
        }
    }

    private final SynthSpec spec;
    private final Instant periodStart;
    private final Parts parts;
    private final NameBook names;
    private final Sentences sentences;
    private final Staff staff;
    private final AdultRecords adults;
    private final Networks networks;
    private final NhsNumbers nhsNumbers;
    private final Map<Town, Address> childrensHomes = new EnumMap<>(Town.class);
    private final Map<Town, List<Place>> sharedPlaces = new EnumMap<>(Town.class);

    World(SynthSpec spec, Dice dice) {
        this.spec = spec;
        ZonedDateTime end = spec.now().atZone(Clocks.LONDON);
        this.periodStart = end.minusMonths(spec.months()).toInstant();
        Map<String, List<String>> places = ResourceLists.sections("places.txt");
        this.names = NameBook.standard();
        this.parts = new Parts(places, new Addresses(places), new AgencyDirectory(spec.seed()), new PersonNames(names),
                end.toLocalDate(), ResourceLists.section(places, "other-towns"));
        this.sentences = new Sentences();
        this.nhsNumbers = new NhsNumbers(dice);
        this.staff = new Staff(parts.agencies(), parts.personNames(), dice);
        this.adults = new AdultRecords(parts.personNames(), names, parts.today());
        this.networks = new Networks(parts, adults, spec.children(), CSE_SHARE * NETWORK_SHARE, dice);
        for (Town town : Town.values()) {
            childrensHomes.put(town, parts.addresses().home(town, dice));
            sharedPlaces.put(town, section("shared-places").stream().map(line -> Place.parse(line)
                    .filled("{town}", town.displayName()).filled("{street}", parts.addresses().street(dice)))
                    .toList());
        }
    }

    SynthSpec spec() {
        return spec;
    }

    Instant now() {
        return spec.now();
    }

    Instant periodStart() {
        return periodStart;
    }

    LocalDate today() {
        return parts.today();
    }

    /** A day from the first of the period to today, each as likely. */
    LocalDate dayInPeriod(Dice dice) {
        LocalDate first = Clocks.localDate(periodStart);
        return first.plusDays(dice.betweenLong(0, ChronoUnit.DAYS.between(first, today())));
    }

    /** The word lists of places, streets, cars and businesses. */
    Map<String, List<String>> places() {
        return parts.places();
    }

    NameBook names() {
        return names;
    }

    PersonNames personNames() {
        return parts.personNames();
    }

    Sentences sentences() {
        return sentences;
    }

    Addresses addresses() {
        return parts.addresses();
    }

    AgencyDirectory agencies() {
        return parts.agencies();
    }

    Staff staff() {
        return staff;
    }

    AdultRecords adults() {
        return adults;
    }

    Networks networks() {
        return networks;
    }

    NhsNumbers nhsNumbers() {
        return nhsNumbers;
    }

    Address childrensHome(Town town) {
        return childrensHomes.get(town);
    }

    /** The town's busy public places, where children who are not exploited spend time too. */
    List<Place> sharedPlaces(Town town) {
        return sharedPlaces.get(town);
    }

    String otherTown(Town town, Dice dice) {
        return parts.otherTown(town, dice);
    }

    /** A school name: Brookside Academy is the demo school that refers; the others are invented. */
    String school(Town town, int age, Dice dice) {
        if (age <= 10) {
            return town.displayName() + " " + dice.oneOf(section("school-stems")) + " Primary School (demo)";
        }
        if (age >= 16) {
            return dice.chance(0.7) ? town.displayName() + " College (demo)" : null;
        }
        if (dice.chance(0.4)) {
            return agencies().local(town, AgencyKind.SCHOOL).name();
        }
        return town.displayName() + " " + dice.oneOf(section("school-stems")) + " "
                + dice.oneOf(section("school-kinds")) + " (demo)";
    }

    private List<String> section(String name) {
        return ResourceLists.section(parts.places(), name);
    }
}
