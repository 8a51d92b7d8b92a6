package uk.lantern.intelligence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an intelligence report or link can be about. A {@code NAMED_PERSON} is someone known only by what a child
 * called them ("Jay") in a police force area, until the name is matched to a person's record.
 */
public enum SubjectType {
    PERSON, NAMED_PERSON, CHILD, VEHICLE, PHONE, LOCATION, ORGANISATION;

    /** The type as written in the interchange format and URLs: {@code person}, {@code named_person}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubjectType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(type -> type.name().equals(normalised)).findFirst();
    }
}
