package uk.lantern.oversight.internal.chronology;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;

/** What an inquiry chronology covers: one case, one child, or an area over a window of days. */
sealed interface ChronologyScope {

    int MAX_REFERENCE = 40;

    /** CASE, CHILD or AREA, as recorded in the ledger. */
    String kind();

    /** The scope in words, for the document's title. */
    String description();

    /** A file name stem, such as {@code inquiry-chronology-case-CASE-2026-000001}. */
    String fileStem();

    record OfCase(String reference) implements ChronologyScope {
        @Override
        public String kind() {
            return "CASE";
        }

        @Override
        public String description() {
            return "case " + reference;
        }

        @Override
        public String fileStem() {
            return "inquiry-chronology-case-" + reference;
        }
    }

    record OfChild(UUID childId) implements ChronologyScope {
        @Override
        public String kind() {
            return "CHILD";
        }

        @Override
        public String description() {
            return "child " + childId;
        }

        @Override
        public String fileStem() {
            return "inquiry-chronology-child-" + childId;
        }
    }

    /** Every record of an area, entries recorded from the start of {@code from} to the end of {@code to}, UK time. */
    record OfArea(String areaCode, String areaName, LocalDate from, LocalDate to) implements ChronologyScope {
        @Override
        public String kind() {
            return "AREA";
        }

        @Override
        public String description() {
            return "area " + areaName + " (" + areaCode + "), " + from + " to " + to;
        }

        @Override
        public String fileStem() {
            return "inquiry-chronology-area-" + areaCode + "-" + from + "-" + to;
        }
    }

    /**
     * Reads the scope from request parameters: exactly one of {@code case}, {@code child} or {@code area}, and with
     * an area both dates.
     *
     * @throws InvalidInputException naming each field that is wrong
     */
    static ChronologyScope read(String caseReference, String child, String area, String from, String to,
                                Areas areas) {
        int given = (trimmed(caseReference).isEmpty() ? 0 : 1) + (trimmed(child).isEmpty() ? 0 : 1)
                + (trimmed(area).isEmpty() ? 0 : 1);
        boolean datesGiven = !trimmed(from).isEmpty() || !trimmed(to).isEmpty();
        if (given == 0 && !datesGiven) {
            throw new InvalidInputException("scope", "Choose what the chronology covers: a case reference (case), "
                    + "a child's id (child), or an area code with from and to dates (area)");
        }
        if (given > 1) {
            throw new InvalidInputException("scope", "Give only one of case, child or area");
        }
        if (!trimmed(caseReference).isEmpty() || !trimmed(child).isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            datesOnlyWithAnArea(from, to, errors);
            fail(errors);
            return trimmed(caseReference).isEmpty() ? ofChild(child) : ofCase(caseReference);
        }
        return ofArea(area, from, to, areas);
    }

    /** A case by its reference, which must be given. */
    static OfCase ofCase(String caseReference) {
        String reference = trimmed(caseReference).toUpperCase(Locale.ROOT);
        if (reference.isEmpty()) {
            throw new InvalidInputException("case", "Enter the case reference, such as CASE-2026-000123");
        }
        if (reference.length() > MAX_REFERENCE) {
            throw new InvalidInputException("case", "Must be " + MAX_REFERENCE + " characters or fewer");
        }
        return new OfCase(reference);
    }

    /** A child by their record's id, which must be a UUID. */
    static OfChild ofChild(String child) {
        String text = trimmed(child);
        if (text.isEmpty()) {
            throw new InvalidInputException("child", "Enter the child's id");
        }
        try {
            return new OfChild(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidInputException("child", "Enter the child's id, a UUID such as "
                    + "3f2b8c1e-6d4a-4f7e-9b0c-2a1d5e6f7a8b");
        }
    }

    /** An area known to Lantern, over a window of whole days. */
    static OfArea ofArea(String area, String from, String to, Areas areas) {
        List<FieldError> errors = new ArrayList<>();
        String code = trimmed(area).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new FieldError("area", "Enter the area code, such as E08000005"));
        } else if (!areas.isKnown(code)) {
            errors.add(new FieldError("area", "Unknown area code '" + trimmed(area) + "'. Use an ONS code such as "
                    + "E08000005 (a local authority), E23000005 (a police force area) or E92000001 (England)"));
        }
        LocalDate start = date(from, "from", "start", errors);
        LocalDate end = date(to, "to", "end", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
        fail(errors);
        return new OfArea(code, areas.find(code).orElseThrow().name(), start, end);
    }

    private static void datesOnlyWithAnArea(String from, String to, List<FieldError> errors) {
        if (!trimmed(from).isEmpty()) {
            errors.add(new FieldError("from", "Dates go with an area: a case or child chronology covers the whole "
                    + "record"));
        }
        if (!trimmed(to).isEmpty()) {
            errors.add(new FieldError("to", "Dates go with an area: a case or child chronology covers the whole "
                    + "record"));
        }
    }

    private static LocalDate date(String text, String field, String which, List<FieldError> errors) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "Enter the " + which + " date as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError(field, "Enter the " + which + " date as YYYY-MM-DD, for example 2026-03-01"));
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
