package uk.lantern.intelligence.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The normalised keys that make the same vehicle, phone or place written two ways one subject: registration marks
 * in capitals without spaces, phone numbers in E.164 (UK by default), postcodes in capitals with one space, and
 * free text in lower case with single spaces.
 */
final class SubjectKeys {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Every UK format, current or older, and almost every foreign one has a digit; "a silver car" has none. */
    private static final Pattern REGISTRATION = Pattern.compile("(?=.*[0-9])[A-Z0-9]{2,10}");
    private static final Pattern FULL_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

    private SubjectKeys() {
    }

    /** A registration mark in capitals without spaces, or empty when it cannot be one. */
    static Optional<String> registration(String text) {
        String key = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return REGISTRATION.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    /** A phone number in E.164, read as a UK number unless it starts with +, or empty when it is not a number. */
    static Optional<String> phone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(text, "GB");
            return PHONES.isPossibleNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException unparseable) {
            return Optional.empty();
        }
    }

    /**
     * A UK postcode in capitals with one space ({@code OL11 1AA}), or just its outward code ({@code OL11}) when that is
     * all that is known; empty when it is neither.
     */
    static Optional<String> postcode(String text) {
        String compact = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        var full = FULL_POSTCODE.matcher(compact);
        if (full.matches()) {
            return Optional.of(full.group(1) + " " + full.group(2));
        }
        return OUTWARD_CODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** Free text for matching: lower case, single spaces, no punctuation. */
    static String text(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
