package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;

/** The checks every casework step applies to what it is given, each adding a field error rather than throwing. */
final class CaseInput {

    static final int MAX_TEXT = 10_000;

    private CaseInput() {
    }

    static String required(String text, String field, String missing, List<FieldError> errors) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            errors.add(new FieldError(field, missing));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "Must be " + MAX_TEXT + " characters or fewer"));
        }
        return value;
    }

    static String optional(String text, String field, int maxLength, List<FieldError> errors) {
        String value = text == null ? "" : text.trim();
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "Must be " + maxLength + " characters or fewer"));
        }
        return value.isEmpty() ? null : value;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String missing,
                                       List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, missing));
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, "Unknown value '" + text + "'. Use one of: " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    /** A date that must be given and must not be after today; {@code what} reads "the visit", say. */
    static LocalDate notFuture(LocalDate date, LocalDate today, String field, String what, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, "Enter the date of " + what));
        } else if (date.isAfter(today)) {
            errors.add(new FieldError(field, "The date of " + what + " must be today or earlier"));
        }
        return date;
    }

    /** A date that must be given and must not be before today; {@code what} reads "the next review", say. */
    static LocalDate notPast(LocalDate date, LocalDate today, String field, String what, List<FieldError> errors) {
        if (date == null) {
            errors.add(new FieldError(field, "Enter the date of " + what));
        } else if (date.isBefore(today)) {
            errors.add(new FieldError(field, "The date of " + what + " must be today or later"));
        }
        return date;
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.UK);
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Case narrative goes into the ledger as its SHA-256 digest, not as text: the ledger can never be changed, and the
     * retention purge must be able to remove the narrative from everywhere it is kept. The digest still proves what
     * the stored text was while it is kept.
     */
    static String narrativeDigest(String text) {
        return DigestUtils.sha256Hex(text);
    }
}
