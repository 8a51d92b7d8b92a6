package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.lantern.synth.internal.Interchange.Address;
import uk.lantern.synth.internal.Interchange.Alias;
import uk.lantern.synth.internal.Interchange.ChildRecord;
import uk.lantern.synth.internal.Interchange.Ethnicity;

/** Writes one agency's record of a child, with the differences that agency's way of recording brings. */
final class ChildRecordFactory {

    /** A record and how it differs from the true child. */
    record RecordedChild(ChildRecord record, List<Variation> variations) {
    }

    private final NameBook names;

    ChildRecordFactory(NameBook names) {
        this.names = names;
    }

    static String sourceId(SynthAgency agency, TrueChild child) {
        return agency.recordPrefix() + "-" + String.format("%07d", child.index());
    }

    RecordedChild record(TrueChild child, SynthAgency agency, Dice dice) {
        RecordKeeping keeping = RecordKeeping.of(agency.kind());
        RecordKeeping.Details details = keeping.details();
        List<Variation> variations = new ArrayList<>();
        String firstName = firstName(child.firstName(), keeping.names(), dice, variations);
        String surname = surname(child.surname(), keeping.names(), dice, variations);
        typo(keeping.names(), dice, variations, firstName, surname);
        if (variations.contains(Variation.FIRST_NAME_TYPO)) {
            firstName = Typos.apply(firstName, dice);
        } else if (variations.contains(Variation.SURNAME_TYPO)) {
            surname = Typos.apply(surname, dice);
        }
        List<Alias> aliases = !firstName.equals(child.firstName()) && dice.chance(keeping.names().alias())
                ? List.of(new Alias(child.firstName(), child.surname()))
                : null;
        String dateOfBirth = dateOfBirth(child.dateOfBirth(), keeping.birth(), dice, variations);
        String nhsNumber = null;
        if (child.nhsNumber() != null) {
            if (dice.chance(details.nhsNumber())) {
                nhsNumber = details.spacesNhsNumber() ? NhsNumbers.spaced(child.nhsNumber()) : child.nhsNumber();
            } else {
                variations.add(Variation.NHS_NUMBER_MISSING);
            }
        }
        ChildRecord record = new ChildRecord("child", agency.system(), sourceId(agency, child), firstName, surname,
                aliases, dateOfBirth, variations.contains(Variation.DATE_OF_BIRTH_YEAR_ONLY) ? Boolean.TRUE : null,
                dice.chance(details.sexNotKnown()) ? "NOT_KNOWN" : child.sex().name(),
                ethnicity(child.ethnicGroup(), details, dice),
                dice.chance(details.nationality()) ? child.nationality() : null,
                dice.chance(details.countryOfBirth()) ? child.countryOfBirth() : null,
                nhsNumber, child.town().areaCode(),
                details.recordsSchool() ? schoolAsKnownTo(agency, child) : null,
                details.recordsPlacement() ? child.placement() : null,
                addresses(child, keeping.addressing(), dice));
        return new RecordedChild(record, List.copyOf(variations));
    }

    private String firstName(String name, RecordKeeping.Names keeping, Dice dice, List<Variation> variations) {
        List<String> spellings = names.otherSpellings(name);
        List<String> shortForms = names.shortForms(name);
        if (!spellings.isEmpty() && dice.chance(keeping.otherSpelling())) {
            variations.add(Variation.FIRST_NAME_VARIANT);
            return dice.oneOf(spellings);
        }
        if (!shortForms.isEmpty() && dice.chance(keeping.shortForm())) {
            variations.add(Variation.FIRST_NAME_SHORT_FORM);
            return dice.oneOf(shortForms);
        }
        if (PersonNames.hasDiacritics(name) && dice.chance(keeping.plainLettersOnly())) {
            variations.add(Variation.FIRST_NAME_PLAIN_LETTERS);
            return PersonNames.withoutDiacritics(name);
        }
        return name;
    }

    private String surname(String name, RecordKeeping.Names keeping, Dice dice, List<Variation> variations) {
        List<String> spellings = names.otherSpellings(name);
        if (!spellings.isEmpty() && dice.chance(keeping.otherSpelling())) {
            variations.add(Variation.SURNAME_VARIANT);
            return dice.oneOf(spellings);
        }
        if (PersonNames.hasDiacritics(name) && dice.chance(keeping.plainLettersOnly())) {
            variations.add(Variation.SURNAME_PLAIN_LETTERS);
            return PersonNames.withoutDiacritics(name);
        }
        return name;
    }

    /** At most one typo a record, and only in a name not already changed, so each difference stays one edit. */
    private static void typo(RecordKeeping.Names keeping, Dice dice, List<Variation> variations, String firstName,
                             String surname) {
        if (!dice.chance(keeping.typo())) {
            return;
        }
        boolean firstUnchanged = variations.stream().noneMatch(v -> v.name().startsWith("FIRST_NAME"));
        boolean surnameUnchanged = variations.stream().noneMatch(v -> v.name().startsWith("SURNAME"));
        boolean preferSurname = dice.chance(0.6);
        if (surnameUnchanged && Typos.canTake(surname) && (preferSurname || !firstUnchanged)) {
            variations.add(Variation.SURNAME_TYPO);
        } else if (firstUnchanged && Typos.canTake(firstName)) {
            variations.add(Variation.FIRST_NAME_TYPO);
        }
    }

    private static String dateOfBirth(LocalDate born, RecordKeeping.Birth keeping, Dice dice,
                                      List<Variation> variations) {
        double roll = dice.unit();
        if (roll < keeping.missing()) {
            variations.add(Variation.DATE_OF_BIRTH_MISSING);
            return null;
        }
        roll -= keeping.missing();
        if (roll < keeping.yearOnly()) {
            variations.add(Variation.DATE_OF_BIRTH_YEAR_ONLY);
            return Integer.toString(born.getYear());
        }
        roll -= keeping.yearOnly();
        if (roll < keeping.yearAndMonth()) {
            variations.add(Variation.DATE_OF_BIRTH_YEAR_AND_MONTH);
            return String.format("%04d-%02d", born.getYear(), born.getMonthValue());
        }
        roll -= keeping.yearAndMonth();
        if (roll < keeping.dayMonthSwapped() && born.getDayOfMonth() <= 12
                && born.getDayOfMonth() != born.getMonthValue()) {
            variations.add(Variation.DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()).toString();
        }
        return born.toString();
    }

    private static Ethnicity ethnicity(EthnicGroup group, RecordKeeping.Details keeping, Dice dice) {
        double roll = dice.unit();
        if (keeping.policeEthnicityCodes()) {
            // Officer-observed codes are the officer's view, recorded whatever the person says, and kept apart.
            String observed = dice.chance(0.7) ? group.observed() : null;
            if (roll < keeping.ethnicityRecorded()) {
                return new Ethnicity("RECORDED", group.ons2021(), group.policeSelfDefined(), observed);
            }
            if (roll < keeping.ethnicityRecorded() + keeping.ethnicityNotStated()) {
                return new Ethnicity("NOT_STATED", null, "NS", observed);
            }
            return new Ethnicity("NOT_RECORDED", null, null, observed);
        }
        if (roll < keeping.ethnicityRecorded()) {
            return new Ethnicity("RECORDED", group.ons2021(), null, null);
        }
        if (roll < keeping.ethnicityRecorded() + keeping.ethnicityNotStated()) {
            return new Ethnicity("NOT_STATED", null, null, null);
        }
        return new Ethnicity("NOT_RECORDED", null, null, null);
    }

    private static String schoolAsKnownTo(SynthAgency agency, TrueChild child) {
        return agency.kind() == AgencyKind.SCHOOL ? agency.name() : child.school();
    }

    private static List<Address> addresses(TrueChild child, RecordKeeping.Addressing keeping, Dice dice) {
        if (!dice.chance(keeping.recorded())) {
            return null;
        }
        Address home = child.home();
        if (dice.chance(keeping.abbreviated())) {
            home = new Address(Addresses.abbreviated(home.line1()), home.line2(), home.town(), home.postcode(),
                    home.from(), home.to());
        }
        if (dice.chance(keeping.postcodeUnspaced())) {
            home = new Address(home.line1(), home.line2(), home.town(), home.postcode().replace(" ", ""),
                    home.from(), home.to());
        }
        if (keeping.keepsHistory() && child.previousHome() != null) {
            return List.of(home, child.previousHome());
        }
        return List.of(home);
    }
}
