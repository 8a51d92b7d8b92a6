package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How one agency writes a person's name and date of birth: another spelling, a short form, accents dropped, a slip
 * of the keyboard, part of the date. Children and adults are recorded alike, so both draw their differences here.
 */
final class RecordedNames {

    /** A name as written, and how it differs from the true name. */
    record Written(String firstName, String surname, List<Variation> variations) {
    }

    private final NameBook names;

    RecordedNames(NameBook names) {
        this.names = names;
    }

    Written write(String trueFirstName, String trueSurname, RecordKeeping.Names keeping, Dice dice) {
        List<Variation> variations = new ArrayList<>();
        String firstName = firstName(trueFirstName, keeping, dice, variations);
        String surname = surname(trueSurname, keeping, dice, variations);
        typo(keeping, dice, variations, firstName, surname);
        if (variations.contains(Variation.FIRST_NAME_TYPO)) {
            firstName = Typos.apply(firstName, dice);
        } else if (variations.contains(Variation.SURNAME_TYPO)) {
            surname = Typos.apply(surname, dice);
        }
        return new Written(firstName, surname, variations);
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

    /** The date of birth as the agency holds it, or null; adds the variation it makes, if any. */
    static String dateOfBirth(LocalDate born, RecordKeeping.Birth keeping, Dice dice, List<Variation> variations) {
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
}
