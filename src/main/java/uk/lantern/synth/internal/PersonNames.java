package uk.lantern.synth.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Draws a whole name for an invented person, and turns names into the ASCII that email addresses need. */
final class PersonNames {

    private final NameBook book;

    PersonNames(NameBook book) {
        this.book = book;
    }

    record PersonName(String firstName, String surname) {
    }

    PersonName draw(EthnicGroup group, Sex sex, Dice dice) {
        Community[] naming = group.naming(dice);
        String firstName = dice.oneOf(book.firstNames(naming[0], sex));
        String surname = dice.oneOf(book.surnames(naming[1]));
        return new PersonName(firstName, sex == Sex.FEMALE ? feminine(surname) : surname);
    }

    /** Polish surnames agree with sex: Kowalski, Kowalska. */
    static String feminine(String surname) {
        if (surname.endsWith("ski") || surname.endsWith("cki") || surname.endsWith("dzki")) {
            return surname.substring(0, surname.length() - 1) + "a";
        }
        return surname;
    }

    /** A family surname as a person of the given sex carries it: Kowalska's father is Kowalski. */
    static String forSex(String surname, Sex sex) {
        if (sex == Sex.FEMALE) {
            return feminine(surname);
        }
        if (surname.endsWith("ska") || surname.endsWith("cka") || surname.endsWith("dzka")) {
            return surname.substring(0, surname.length() - 1) + "i";
        }
        return surname;
    }

    /** "Wiśniewski" as "Wisniewski": what systems that only take plain letters end up holding. */
    static String withoutDiacritics(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L');
    }

    static boolean hasDiacritics(String name) {
        return !withoutDiacritics(name).equals(name);
    }

    /** "first.last" for an email address: plain lower-case letters, with spaces and hyphens as hyphens. */
    static String emailLocalPart(String firstName, String surname) {
        return (plain(firstName) + "." + plain(surname));
    }

    private static String plain(String name) {
        return withoutDiacritics(name).toLowerCase(Locale.ROOT).replaceAll("[ -]+", "-").replaceAll("[^a-z-]", "");
    }
}
