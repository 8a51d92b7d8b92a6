package uk.lantern.resolution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the households of the hard UK set one at a time: couples with children, single mothers, single adults,
 * couples on their own, and extended families of two or three brothers with their wives and children, often a
 * grandparent and a cousin, all of one surname. A first son is sometimes named after his father, so a father and
 * son of one name live at one address; a birth is sometimes twins (same date of birth and surname, different given
 * names). Then each person gets their phones, NHS number, how many records agencies hold about them, and whether
 * they move or change mobile between records.
 */
final class UkHouseholds {

    /** The day ages are counted at, fixed so that a seed always gives the same set. */
    static final LocalDate AGES_AT = LocalDate.of(2026, 1, 1);

    private enum Kind { COUPLE_WITH_CHILDREN, SINGLE_MOTHER, SINGLE_ADULT, COUPLE, EXTENDED }

    /** A person as born and named, before what agencies record about them is decided. */
    private record Born(String given, String middle, String surname, boolean female, LocalDate born) {
    }

    /** How many records a person has: 1 to 6, mean about 2.1. */
    private static final double[] RECORD_COUNTS = {0.42, 0.28, 0.15, 0.09, 0.04, 0.02};
    private static final double TWINS = 0.03;
    /** In an extended family, so that one house holds at most about fifteen people. */
    private static final int CHILDREN_OF_EACH_BROTHER = 3;
    private static final double SON_NAMED_AFTER_FATHER = 0.2;
    private static final double MOVES = 0.15;
    private static final double MOVES_TO_ANOTHER_TOWN = 0.2;
    private static final double NEW_MOBILE = 0.2;
    /** Coprime to 1,000,000, so stepping by it visits every six-digit NHS number body once before any twice. */
    private static final int NHS_STEP = 366_001;

    private final UkNames names;
    private final UkAddresses addresses;
    private final int firstNhsNumber;
    private int nextPerson;
    private int nextHousehold;
    private int nhsNumbersDrawn;

    UkHouseholds(UkNames names, UkAddresses addresses, SplittableRandom random) {
        this.names = names;
        this.addresses = addresses;
        this.firstNhsNumber = random.nextInt(1_000_000);
    }

    /** The people of the next household. */
    List<UkPerson> next(SplittableRandom random) {
        UkTown town = UkTown.draw(random);
        UkCommunity community = town.community(random);
        double extended = community.extendedShare();
        double rest = 1 - extended;
        // Of the households that are not extended: 45% couples with children, 20% single adults, and single mothers
        // (20% of English households, 10% of others) and couples on their own sharing the remaining 35%.
        double singleMothers = community == UkCommunity.ENGLISH ? 0.2 : 0.1;
        Kind kind = Kind.values()[WeightedChoice.index(new double[] {0.45 * rest, singleMothers * rest, 0.2 * rest,
            (0.35 - singleMothers) * rest, extended}, random)];
        List<Born> people = switch (kind) {
            case COUPLE_WITH_CHILDREN -> coupleWithChildren(community, adultBorn(22, 58, random), random);
            case SINGLE_MOTHER -> singleMother(community, random);
            case SINGLE_ADULT -> List.of(adult(community, !WeightedChoice.chance(0.65, random),
                    names.familySurname(community, random), adultBorn(18, 65, random), random));
            case COUPLE -> couple(community, adultBorn(20, 80, random), random);
            case EXTENDED -> extended(community, random);
        };
        boolean landline = WeightedChoice.chance(kind == Kind.EXTENDED ? 0.9 : 0.5, random);
        UkHousehold household = new UkHousehold(nextHousehold++, community, addresses.newHome(town, random),
                landline ? town.landline(random) : null);
        boolean children = people.stream().anyMatch(person -> person.born().isAfter(AGES_AT.minusYears(18)));
        return people.stream().map(person -> recorded(person, household, children, random)).toList();
    }

    private List<Born> coupleWithChildren(UkCommunity community, LocalDate fatherBorn, SplittableRandom random) {
        List<Born> family = new ArrayList<>(couple(community, fatherBorn, random));
        family.addAll(children(community, family.get(0), family.get(1).born(), community.mostChildren(), random));
        return family;
    }

    /** A man and his wife, up to two years older or ten years younger. */
    private List<Born> couple(UkCommunity community, LocalDate fatherBorn, SplittableRandom random) {
        String surname = names.familySurname(community, random);
        Born father = adult(community, false, surname, fatherBorn, random);
        LocalDate motherBorn = fatherBorn.plusDays(random.nextInt(-2 * 365, 10 * 365));
        Born mother = adult(community, true, names.womansSurname(community, surname, true, random), motherBorn,
                random);
        return List.of(father, mother);
    }

    private List<Born> singleMother(UkCommunity community, SplittableRandom random) {
        String surname = names.familySurname(community, random);
        Born mother = adult(community, true, names.womansSurname(community, surname, false, random),
                adultBorn(20, 50, random), random);
        // Only the absent father's surname matters: his children carry it, which is often their mother's family's.
        Born absentFather = new Born("", null, WeightedChoice.chance(0.6, random) ? surname
                : names.familySurname(community, random), false, null);
        List<Born> family = new ArrayList<>(List.of(mother));
        family.addAll(children(community, absentFather, mother.born(), community.mostChildren(), random));
        return family;
    }

    /**
     * Two or three brothers, each perhaps with a wife and children; perhaps their father (after whom the eldest may
     * be named) and mother, and perhaps a cousin of the same surname.
     */
    private List<Born> extended(UkCommunity community, SplittableRandom random) {
        String surname = names.familySurname(community, random);
        LocalDate eldestBorn = adultBorn(25, 55, random);
        List<Born> family = new ArrayList<>();
        String grandfathersName = null;
        if (WeightedChoice.chance(0.35, random)) {
            Born grandfather = adult(community, false, surname, eldestBorn.minusDays(random.nextInt(20 * 365,
                    36 * 365)), random);
            grandfathersName = grandfather.given();
            family.add(grandfather);
            if (WeightedChoice.chance(0.5, random)) {
                family.add(adult(community, true, names.womansSurname(community, surname, true, random),
                        grandfather.born().plusDays(random.nextInt(0, 8 * 365)), random));
            }
        }
        int brothers = WeightedChoice.chance(0.7, random) ? 2 : 3;
        LocalDate born = eldestBorn;
        for (int brother = 0; brother < brothers; brother++) {
            Born man = adult(community, false, surname, born, random);
            if (brother == 0 && grandfathersName != null && WeightedChoice.chance(0.25, random)) {
                man = new Born(grandfathersName, man.middle(), surname, false, born);
            }
            family.add(man);
            if (WeightedChoice.chance(0.8, random)) {
                LocalDate wifeBorn = born.plusDays(random.nextInt(-2 * 365, 10 * 365));
                family.add(adult(community, true, names.womansSurname(community, surname, true, random), wifeBorn,
                        random));
                family.addAll(children(community, man, wifeBorn, CHILDREN_OF_EACH_BROTHER, random));
            }
            born = born.plusDays(random.nextInt(365, 6 * 365));
        }
        if (WeightedChoice.chance(0.3, random)) {
            family.add(adult(community, false, surname, eldestBorn.plusDays(random.nextInt(-8 * 365, 8 * 365)),
                    random));
        }
        return family;
    }

    /**
     * One to {@code mostChildren} children, born while their mother was 18 to 43 and not more than 25 years ago; a
     * first son perhaps named after his father; now and then twins.
     */
    private List<Born> children(UkCommunity community, Born father, LocalDate motherBorn, int mostChildren,
            SplittableRandom random) {
        LocalDate earliest = later(motherBorn.plusYears(18), AGES_AT.minusYears(25));
        LocalDate latest = earlier(motherBorn.plusYears(43), AGES_AT.minusDays(1));
        List<Born> children = new ArrayList<>();
        if (!earliest.isBefore(latest)) {
            return children;
        }
        int days = (int) (latest.toEpochDay() - earliest.toEpochDay());
        int count = 1 + random.nextInt(mostChildren);
        boolean namedAfterFather = false;
        for (int child = 0; child < count; child++) {
            LocalDate born = earliest.plusDays(random.nextInt(days));
            Born first = child(community, father, random.nextBoolean(), born, null, random);
            if (!first.female() && !namedAfterFather && !father.given().isEmpty()
                    && WeightedChoice.chance(SON_NAMED_AFTER_FATHER, random)) {
                first = new Born(father.given(), father.middle(), first.surname(), false, born);
                namedAfterFather = true;
            }
            children.add(first);
            if (WeightedChoice.chance(TWINS, random)) {
                boolean sameSex = WeightedChoice.chance(0.6, random);
                boolean female = sameSex ? first.female() : !first.female();
                children.add(child(community, father, female, born, first.given(), random));
            }
        }
        return children;
    }

    private Born child(UkCommunity community, Born father, boolean female, LocalDate born, String notNamed,
            SplittableRandom random) {
        String given = names.given(community, female, random);
        while (given.equals(notNamed)) {
            given = names.given(community, female, random);
        }
        String surname = female ? names.womansSurname(community, father.surname(), false, random) : father.surname();
        return new Born(given, names.middle(community, female, given, random), surname, female, born);
    }

    private Born adult(UkCommunity community, boolean female, String surname, LocalDate born,
            SplittableRandom random) {
        String given = names.given(community, female, random);
        return new Born(given, names.middle(community, female, given, random), surname, female, born);
    }

    private static LocalDate adultBorn(int youngest, int oldest, SplittableRandom random) {
        return AGES_AT.minusYears(youngest).minusDays(random.nextInt((oldest - youngest + 1) * 365));
    }

    /** What agencies will hold: phones, NHS number, how many records, and any move or new mobile between them. */
    private UkPerson recorded(Born person, UkHousehold household, boolean children, SplittableRandom random) {
        int age = person.born().until(AGES_AT).getYears();
        boolean hasMobile = WeightedChoice.chance(age >= 18 ? 0.85 : age >= 12 ? 0.55 : 0, random);
        String mobile = hasMobile ? InventedValues.dramaMobile(random) : null;
        UkCommunity community = household.community();
        boolean newcomers = community == UkCommunity.EASTERN_EUROPEAN || community == UkCommunity.ROMA
                || community == UkCommunity.ARAB || community == UkCommunity.AFRICAN;
        String nhsNumber = WeightedChoice.chance(newcomers ? 0.85 : 0.97, random) ? uniqueNhsNumber() : null;
        int records = 1 + WeightedChoice.index(RECORD_COUNTS, random);
        UkChange later = null;
        if (records > 1) {
            boolean moves = WeightedChoice.chance(MOVES, random);
            boolean newMobile = WeightedChoice.chance(NEW_MOBILE, random) && mobile != null;
            if (moves || newMobile) {
                UkTown town = WeightedChoice.chance(MOVES_TO_ANOTHER_TOWN, random) ? UkTown.draw(random)
                        : household.home().town();
                later = new UkChange(1 + random.nextInt(records - 1), moves ? addresses.newHome(town, random) : null,
                        newMobile ? InventedValues.dramaMobile(random) : null);
            }
        }
        return new UkPerson(nextPerson++, household, person.given(), person.middle(), person.surname(),
                person.female(), person.born(), mobile, nhsNumber, age >= 18 && children, records, later);
    }

    /**
     * An NHS number no one else in the set has, for sets of up to about 900,000 people (1.9 million records): the
     * 999 range walked in a scrambled order, skipping the numbers that cannot have a check digit.
     */
    private String uniqueNhsNumber() {
        while (true) {
            long step = (long) nhsNumbersDrawn++ * NHS_STEP;
            String number = InventedValues.nhsNumber((int) ((firstNhsNumber + step) % 1_000_000));
            if (number != null) {
                return number;
            }
        }
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
