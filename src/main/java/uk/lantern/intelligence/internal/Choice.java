package uk.lantern.intelligence.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One option of a select or radios on a page. */
record Choice(String value, String label) {

    /** Every constant of an enum, labelled in sentence case ("TAXI_OFFICE" as "Taxi office"). */
    static <E extends Enum<E>> List<Choice> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> new Choice(constant.name(),
                sentenceCase(constant.name()))).toList();
    }

    static List<Choice> of(String... values) {
        return Arrays.stream(values).map(value -> new Choice(value, value)).toList();
    }

    private static String sentenceCase(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
