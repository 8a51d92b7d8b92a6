package uk.lantern.resolution.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import uk.lantern.resolution.PersonField;

/**
 * Dates of birth: exact, one typo, day and month transposed (an American-style entry), agrees as far as given (a
 * year, or a year and month, that agrees with the other date as far as it goes), same year and month, within a month,
 * same year, within a year, under 15 years apart, else. "Else" is a generation or more apart (or a value that is no
 * date at all): a father and son of one name at one address differ by at least that much, and the relationship rules
 * ({@link Kinship}) read this level. Values are YYYYMMDD digits (see {@link Normalisation#DATE}); one typo is judged
 * on those digits, so it also catches a typo that made an impossible date. The "within" levels catch dates that were
 * guessed or shifted (31 December for 1 January) rather than mistyped. A partial date that agrees has a level of its
 * own rather than sharing "same year" with two full dates months apart: "born 1985" is consistent with 29 July 1985,
 * but full dates of 29 July and 28 September 1985 are evidence of two people. 1 January counts as the year alone
 * against another date in its year: it is what many systems record when only the year is known. A partial date that
 * does not agree is in the same year, within a year (in the year before or after) or further apart.
 */
final class DateOfBirthComparison implements Comparison {

    private static final int NOT_A_DATE = Integer.MIN_VALUE;
    static final int TRANSPOSED_LEVEL = 3;
    private static final int PARTIAL_LEVEL = 4;
    private static final int SAME_YEAR_AND_MONTH_LEVEL = 5;
    private static final int WITHIN_A_MONTH_LEVEL = 6;
    private static final int SAME_YEAR_LEVEL = 7;
    private static final int WITHIN_A_YEAR_LEVEL = 8;
    static final int UNDER_FIFTEEN_YEARS_LEVEL = 9;
    static final int ELSE_LEVEL = 10;
    /** Fifteen years: closer than a parent and child, further than any plausible error in one person's date. */
    private static final int GENERATION_YEARS = 15;

    @Override
    public String name() {
        return PersonField.DATE_OF_BIRTH.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "one typo", "day and month transposed", "agrees as far as given",
                "same year and month", "within a month", "same year", "within a year", "under 15 years apart", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return false;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn column = table.column(PersonField.DATE_OF_BIRTH, Normalisation.DATE);
        int[] days = daysOfValues(column);
        return new ColumnLevels(column, (left, right, a, b) -> {
            String one = column.valueOfCode(a);
            String other = column.valueOfCode(b);
            if (isPartial(one) != isPartial(other)) {
                return partialLevel(one, other);
            }
            if (Typos.withinOne(one, other)) {
                return 2;
            }
            boolean sameYear = one.length() == 8 && other.length() == 8 && one.regionMatches(0, other, 0, 4);
            if (sameYear && (isFirstOfJanuary(one) || isFirstOfJanuary(other))) {
                return PARTIAL_LEVEL;
            }
            if (sameYear && one.regionMatches(4, other, 6, 2) && one.regionMatches(6, other, 4, 2)) {
                return TRANSPOSED_LEVEL;
            }
            if (sameYear && one.regionMatches(4, other, 4, 2)) {
                return SAME_YEAR_AND_MONTH_LEVEL;
            }
            long apart = days[a] == NOT_A_DATE || days[b] == NOT_A_DATE ? Long.MAX_VALUE : Math.abs(days[a] - days[b]);
            if (apart <= 31) {
                return WITHIN_A_MONTH_LEVEL;
            }
            if (sameYear) {
                return SAME_YEAR_LEVEL;
            }
            return apart <= 366 ? WITHIN_A_YEAR_LEVEL : yearsApartLevel(one, other);
        });
    }

    /**
     * 1 January: what many systems record when only the year of birth is known, so it says no more than the year
     * against another date in that year.
     */
    private static boolean isFirstOfJanuary(String date) {
        return date.endsWith("0101");
    }

    /** A year alone or a year and month: digits of no full date. */
    private static boolean isPartial(String date) {
        return date.length() == 4 || date.length() == 6;
    }

    private static int partialLevel(String one, String other) {
        String shorter = one.length() < other.length() ? one : other;
        String longer = shorter == one ? other : one;
        if (longer.startsWith(shorter)) {
            return PARTIAL_LEVEL;
        }
        int yearsApart = Math.abs(year(one) - year(other));
        return yearsApart == 0 ? SAME_YEAR_LEVEL : yearsApart == 1 ? WITHIN_A_YEAR_LEVEL : yearsApartLevel(one, other);
    }

    /** Dates that agree on nothing closer: within a generation, or further apart (or unreadable). */
    private static int yearsApartLevel(String one, String other) {
        int years = Math.abs(year(one) - year(other));
        return years < GENERATION_YEARS ? UNDER_FIFTEEN_YEARS_LEVEL : ELSE_LEVEL;
    }

    /** The first four digits as a year; a value too short to hold one reads as far from every year. */
    private static int year(String digits) {
        return digits.length() >= 4 ? Integer.parseInt(digits, 0, 4, 10) : -10_000;
    }

    /** Each distinct value as a day number, or {@link #NOT_A_DATE} where it is no real date. */
    private static int[] daysOfValues(ValueColumn column) {
        int[] days = new int[column.distinctValues()];
        for (int code = 0; code < days.length; code++) {
            String value = column.valueOfCode(code);
            try {
                days[code] = value.length() == 8
                        ? (int) LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).toEpochDay() : NOT_A_DATE;
            } catch (DateTimeParseException impossible) {
                days[code] = NOT_A_DATE;
            }
        }
        return days;
    }
}
