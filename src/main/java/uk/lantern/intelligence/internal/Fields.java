package uk.lantern.intelligence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;

/** Checks on typed or imported fields that collect every problem, each against its field's name. */
final class Fields {

    private Fields() {
    }

    static String optional(String value, String field, int max, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "Must be " + max + " characters or fewer"));
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String required(String value, String field, int max, String whenMissing, List<FieldError> errors) {
        String text = optional(value, field, max, errors);
        if (text == null) {
            errors.add(new FieldError(field, whenMissing));
        }
        return text;
    }

    /** One of an enum's names, in any case; blank gives the default (null for a required choice). */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, E whenBlank,
                                        List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (whenBlank == null) {
                errors.add(new FieldError(field, "Choose one of " + names(type)));
            }
            return whenBlank;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "'" + value.trim() + "' is not one of " + names(type)));
            return whenBlank;
        }
    }

    /** An ISO date (2026-03-01), or the default when blank. */
    static LocalDate date(String value, String field, LocalDate whenBlank, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return whenBlank;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException invalid) {
            errors.add(new FieldError(field, "Enter a date like 2026-03-01"));
            return whenBlank;
        }
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
