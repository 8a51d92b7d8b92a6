package uk.lantern.runtime;

/**
 * Text that PostgreSQL can store as it was given. PostgreSQL refuses a NUL character in text, and a lone UTF-16
 * surrogate (half of a pair, which JSON can write as an escape such as {@code \ud800}) has no UTF-8 form, so the
 * driver would store it as {@code ?}. Both are refused at Lantern's edges with a message naming the field, rather
 * than failing in the database or being changed silently.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What is wrong with the text, to follow the field's name; or null when it can be stored as it is. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain a NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain half of a UTF-16 surrogate pair (\\u" + Integer.toHexString(c)
                        + "), which is not a character";
            }
        }
        return null;
    }
}
