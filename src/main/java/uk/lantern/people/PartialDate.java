package uk.lantern.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as far as it is known: a full date, a year and month, or a year, and whether it is approximate
 * (for example an estimated age).
 */
public record PartialDate(int year, Integer month, Integer day, boolean approximate) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("there is no such date", impossible);
        }
    }

    /**
     * Parses 2011-04-23, 2011-04 or 2011.
     *
     * @throws IllegalArgumentException when the text is not one of those or not a real date
     */
    public static PartialDate parse(String text, boolean approximate) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a date like 2011-04-23, or 2011-04 or 2011 when only part "
                    + "is known");
        }
        return new PartialDate(Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2)),
                matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3)), approximate);
    }

    /** The earliest date this could be. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Age in whole years on a date, taking the earliest possible birth date. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(earliest(), date).getYears();
    }

    @Override
    public String toString() {
        String text = String.format("%04d", year);
        if (month != null) {
            text += String.format("-%02d", month);
        }
        if (day != null) {
            text += String.format("-%02d", day);
        }
        return text;
    }
}
