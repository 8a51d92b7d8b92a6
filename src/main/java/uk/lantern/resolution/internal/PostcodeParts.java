package uk.lantern.resolution.internal;

import java.util.regex.Pattern;

/**
 * The nested areas of a postcode. A UK postcode "M16 0RA" is in sector "M16 0", district "M16" and area "M".
 * Other postcodes, such as the Australian four-digit ones in FEBRL, have no such structure; for all-digit postcodes
 * the leading three, two and one digits stand in for sector, district and area (in Australia the first digit is
 * the state and the leading digits narrow the region down, much as the UK parts do). Anything else has no parts.
 */
final class PostcodeParts {

    private static final Pattern UK = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    private PostcodeParts() {
    }

    /** The sector of a postcode as {@link Normalisation#POSTCODE} leaves it, or null. */
    static String sector(String postcode) {
        if (UK.matcher(postcode).matches()) {
            return postcode.substring(0, postcode.length() - 2);
        }
        return isNumeric(postcode) ? postcode.substring(0, 3) : null;
    }

    static String district(String postcode) {
        if (UK.matcher(postcode).matches()) {
            return postcode.substring(0, postcode.length() - 3);
        }
        return isNumeric(postcode) ? postcode.substring(0, 2) : null;
    }

    static String area(String postcode) {
        if (UK.matcher(postcode).matches()) {
            return Character.isDigit(postcode.charAt(1)) ? postcode.substring(0, 1) : postcode.substring(0, 2);
        }
        return isNumeric(postcode) ? postcode.substring(0, 1) : null;
    }

    private static boolean isNumeric(String postcode) {
        return postcode.length() >= 4 && postcode.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
