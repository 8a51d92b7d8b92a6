package uk.lantern.missing.internal;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.springframework.stereotype.Component;

import uk.lantern.missing.MentionKind;

/**
 * The normalised form of a mention, so that the same phone or vehicle written two ways matches: phones in E.164
 * (UK by default), registration marks in capitals without spaces, names and places in lower case with single spaces.
 */
@Component
class MentionNormaliser {

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    String normalise(MentionKind kind, String value) {
        String trimmed = value.trim();
        return switch (kind) {
            case PHONE -> phone(trimmed);
            case VEHICLE -> trimmed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            case PERSON, PLACE -> trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        };
    }

    private String phone(String value) {
        try {
            return phones.format(phones.parse(value, "GB"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException unparseable) {
            // Keep what was said: a partial number is still worth matching on its digits.
            return value.replaceAll("[^0-9+]", "");
        }
    }
}
