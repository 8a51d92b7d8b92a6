package uk.lantern.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.lantern.identity.InvalidInputException.FieldError;

/**
 * A date entered in the GOV.UK date input pattern: day, month and year in three fields named {@code NAME-day},
 * {@code NAME-month} and {@code NAME-year} (fragments/fields :: dateInput). It follows the pattern's guidance: spaces
 * are ignored, a month may be a number or a name ("5", "May", "sept"), the year must have 4 digits, and each error
 * names the field and what is missing or wrong.
 *
 * @param label how the error messages name the field, for example "Date of the visit"
 */
public record DateInput(String name, String label, String day, String month, String year) {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** The three fields of the date input named {@code name} in a submitted form. */
    public static DateInput from(Map<String, String> form, String name, String label) {
        return new DateInput(name, label, form.get(name + "-day"), form.get(name + "-month"),
                form.get(name + "-year"));
    }

    /**
     * The date, or null when nothing was entered (the step decides whether the date is needed) or when it is not a
     * real date, which adds an error on the field.
     */
    public LocalDate parse(List<FieldError> errors) {
        String d = clean(day);
        String m = clean(month);
        String y = clean(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (d.isEmpty()) {
            missing.add("day");
        }
        if (m.isEmpty()) {
            missing.add("month");
        }
        if (y.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError(name, label + " must include a " + String.join(" and ", missing)));
            return null;
        }
        if (!y.matches("\\d{4}")) {
            errors.add(new FieldError(name, label + ": the year must include 4 numbers"));
            return null;
        }
        Integer monthNumber = month(m);
        if (!d.matches("\\d{1,2}") || monthNumber == null) {
            errors.add(new FieldError(name, label + " must be a real date"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), monthNumber, Integer.parseInt(d));
        } catch (DateTimeException notADate) {
            errors.add(new FieldError(name, label + " must be a real date"));
            return null;
        }
    }

    /**
     * A date known only as far as it is known, such as a child's date of birth: the year alone, the month and year, or
     * the whole date, written as ISO text ({@code 2011}, {@code 2011-05}, {@code 2011-05-14}); null when nothing was
     * entered or when it is not a real date, which adds an error on the field.
     */
    public String parsePartial(List<FieldError> errors) {
        String d = clean(day);
        String m = clean(month);
        String y = clean(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (y.isEmpty()) {
            errors.add(new FieldError(name, label + " must include a year"));
            return null;
        }
        if (!d.isEmpty() && m.isEmpty()) {
            errors.add(new FieldError(name, label + " must include a month"));
            return null;
        }
        if (!y.matches("\\d{4}")) {
            errors.add(new FieldError(name, label + ": the year must include 4 numbers"));
            return null;
        }
        if (m.isEmpty()) {
            return y;
        }
        Integer monthNumber = month(m);
        if (monthNumber == null) {
            errors.add(new FieldError(name, label + " must be a real date"));
            return null;
        }
        if (d.isEmpty()) {
            return String.format("%s-%02d", y, monthNumber);
        }
        LocalDate whole = parse(errors);
        return whole == null ? null : whole.toString();
    }

    /** What was entered, by element name, to show again on a form with errors. */
    public Map<String, Object> entered() {
        return Map.of(name + "-day", day == null ? "" : day, name + "-month", month == null ? "" : month,
                name + "-year", year == null ? "" : year);
    }

    private static Integer month(String text) {
        if (text.matches("\\d{1,2}")) {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= 12 ? number : null;
        }
        // A name or the start of one, of at least 3 letters: "May", "sept", "December".
        String lower = text.toLowerCase(Locale.UK);
        for (int i = 0; i < MONTHS.size() && lower.length() >= 3; i++) {
            if (MONTHS.get(i).startsWith(lower)) {
                return i + 1;
            }
        }
        return null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
