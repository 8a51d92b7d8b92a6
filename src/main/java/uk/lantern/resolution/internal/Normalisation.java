package uk.lantern.resolution.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * How a raw value is cleaned before it is compared, so that "O'Brien" and "OBRIEN", or "07700 900123" and
 * "+44 7700 900123", are the same value. Each returns null when nothing usable is left.
 */
enum Normalisation {

    /** Names: lower-case ASCII letters only; accents, spaces, hyphens and apostrophes go. */
    LETTERS {
        @Override
        String apply(String raw) {
            return keepOnly(plain(raw), 'a', 'z');
        }
    },
    /**
     * Names as words: lower-case ASCII letters, words split at spaces and hyphens, so that the parts of a compound name
     * ("Mohammed Sajid", "Abdul-Rahman") can be compared one by one.
     */
    NAME_WORDS {
        @Override
        String apply(String raw) {
            return nonEmpty(plain(raw).replaceAll("[^a-z \\-]", "").replaceAll("[ \\-]+", " ").strip());
        }
    },
    /** Sex as {@code m} or {@code f}; anything else (unknown, not stated) counts as missing. */
    SEX {
        @Override
        String apply(String raw) {
            String letters = plain(raw).strip();
            return letters.startsWith("m") ? "m" : letters.startsWith("f") ? "f" : null;
        }
    },
    /** Free text such as a town or an address: lower-case ASCII, single spaces. */
    TEXT {
        @Override
        String apply(String raw) {
            return nonEmpty(plain(raw).replaceAll("[^a-z0-9@.]+", " ").strip());
        }
    },
    /** Identifiers such as an NHS or social security number: digits only. */
    DIGITS {
        @Override
        String apply(String raw) {
            return keepOnly(raw, '0', '9');
        }
    },
    /** Dates of birth as eight digits, YYYYMMDD; see {@link #dateDigits(String)}. */
    DATE {
        @Override
        String apply(String raw) {
            return dateDigits(raw.strip());
        }
    },
    /** Postcodes: upper-case letters and digits without spaces. */
    POSTCODE {
        @Override
        String apply(String raw) {
            StringBuilder kept = new StringBuilder(raw.length());
            for (int at = 0; at < raw.length(); at++) {
                char c = Character.toUpperCase(raw.charAt(at));
                if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    kept.append(c);
                }
            }
            return nonEmpty(kept.toString());
        }
    },
    /** Telephone numbers in E.164, read as UK numbers unless they carry a country code. */
    PHONE {
        @Override
        String apply(String raw) {
            try {
                var number = PHONES.parse(raw, "GB");
                return PHONES.isPossibleNumber(number)
                        ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)
                        : DIGITS.apply(raw);
            } catch (NumberParseException notAPhoneNumber) {
                return DIGITS.apply(raw);
            }
        }
    };

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    abstract String apply(String raw);

    /**
     * ISO (1971-06-24), compact (19710624) and British (24/06/1971) dates as YYYYMMDD. Anything else keeps only its
     * digits, so an impossible date made by a typo (19711324) can still agree with its neighbours up to one typo.
     */
    static String dateDigits(String raw) {
        Matcher yearFirst = YEAR_FIRST.matcher(raw);
        if (yearFirst.matches()) {
            return yearFirst.group(1) + twoDigits(yearFirst.group(2)) + twoDigits(yearFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(raw);
        if (dayFirst.matches()) {
            return dayFirst.group(3) + twoDigits(dayFirst.group(2)) + twoDigits(dayFirst.group(1));
        }
        return DIGITS.apply(raw);
    }

    private static String twoDigits(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    /** The characters from {@code low} to {@code high}; written out because a regex per value costs seconds at scale. */
    private static String keepOnly(String text, char low, char high) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c >= low && c <= high) {
                kept.append(c);
            }
        }
        return nonEmpty(kept.toString());
    }

    /** Lower case without accents; plain ASCII, by far the most common input, skips the Unicode decomposition. */
    private static String plain(String raw) {
        if (isAscii(raw)) {
            return raw.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('ł', 'l').replace('Ł', 'L').toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String nonEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
