package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Placement;

/**
 * Draws children aged 10 to 17. Exploited children are mostly girls aged 13 to 16 and are more often looked after
 * away from home, as national figures show; boys are exploited too, and are here.
 */
final class TrueChildFactory {

    private static final Weighted<Integer> AGES = ages(10, 11, 12, 13, 14, 14, 14, 12);
    private static final Weighted<Integer> EXPLOITED_AGES = ages(2, 4, 8, 14, 20, 22, 18, 12);

    private final World world;

    TrueChildFactory(World world) {
        this.world = world;
    }

    TrueChild create(int index, Dice dice) {
        CseProfile cse = dice.chance(World.CSE_SHARE)
                ? (dice.chance(0.4) ? CseProfile.HARM : CseProfile.RISK)
                : CseProfile.NONE;
        Town town = Town.pick(dice);
        Sex sex = dice.chance(cse.affected() ? 0.78 : 0.5) ? Sex.FEMALE : Sex.MALE;
        int age = (cse.affected() ? EXPLOITED_AGES : AGES).pick(dice);
        LocalDate dateOfBirth = dateOfBirth(age, dice);
        EthnicGroup group = town.ethnicGroup(dice);
        PersonNames.PersonName name = world.personNames().draw(group, sex, dice);
        String nationality = group.nationality(dice);
        String countryOfBirth = "GB".equals(nationality) || dice.chance(0.1) ? "GB" : nationality;
        boolean bornHere = "GB".equals(countryOfBirth);
        String nhsNumber = dice.chance(bornHere ? 0.9 : 0.6)
                ? world.nhsNumbers().forChild(index).orElse(null)
                : null;
        Placement placement = placement(town, age, cse, dice);
        Address family = world.addresses().home(town, dice);
        Address home = family;
        Address previousHome = null;
        if (placement.from() != null && !"FOSTER_CARE".equals(placement.placementType())) {
            home = "CHILDRENS_HOME".equals(placement.placementType())
                    ? world.childrensHome(town).withPeriod(placement.from(), null)
                    : world.addresses().home(town, dice).withPeriod(placement.from(), null);
            previousHome = family.withPeriod(null, placement.from());
        } else if (dice.chance(0.25)) {
            String moved = world.today().minusDays(dice.between(60, 1500)).toString();
            home = family.withPeriod(moved, null);
            previousHome = world.addresses().home(town, dice).withPeriod(null, moved);
        }
        Network network = cse.affected() && dice.chance(World.NETWORK_SHARE)
                ? world.networks().pick(town, dice)
                : null;
        return new TrueChild(index, town, sex, dateOfBirth, age, group, nationality, countryOfBirth,
                name.firstName(), name.surname(), nhsNumber, home, previousHome, world.school(town, age, dice),
                placement, cse, network);
    }

    /** A birthday that makes the child exactly {@code age} on the last day of the period. */
    private LocalDate dateOfBirth(int age, Dice dice) {
        LocalDate today = world.today();
        long span = ChronoUnit.DAYS.between(today.minusYears(age + 1L), today.minusYears(age));
        return today.minusYears(age).minusDays(dice.betweenLong(0, span - 1));
    }

    private Placement placement(Town town, int age, CseProfile cse, Dice dice) {
        double childrensHome = cse.affected() ? 0.14 : 0.04;
        double foster = cse.affected() ? 0.10 : 0.06;
        double supported = age >= 16 ? (cse.affected() ? 0.06 : 0.03) : 0;
        double roll = dice.unit();
        String from = world.today().minusDays(dice.between(30, 900)).toString();
        if (roll < childrensHome) {
            return new Placement("CHILDRENS_HOME", world.agencies().local(town, AgencyKind.CHILDRENS_HOME).name(),
                    from);
        }
        if (roll < childrensHome + foster) {
            return new Placement("FOSTER_CARE", town.displayName() + " Fostering Service (demo)", from);
        }
        if (roll < childrensHome + foster + supported) {
            return new Placement("SUPPORTED_ACCOMMODATION", town.displayName() + " Supported Lodgings (demo)", from);
        }
        return new Placement("HOME", null, null);
    }

    private static Weighted<Integer> ages(double... weightsFromTen) {
        Weighted.Builder<Integer> builder = Weighted.builder();
        for (int i = 0; i < weightsFromTen.length; i++) {
            builder.add(10 + i, weightsFromTen[i]);
        }
        return builder.build();
    }
}
