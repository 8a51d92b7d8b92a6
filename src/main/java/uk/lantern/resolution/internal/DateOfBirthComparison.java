package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/**
 * Dates of birth: exact, one typo, day and month transposed (an American-style entry), same year and month, same
 * year. Values are YYYYMMDD digits (see {@link Normalisation#DATE}); one typo is judged on those digits, so it also
 * catches a typo that made an impossible date.
 */
final class DateOfBirthComparison implements Comparison {

    @Override
    public String name() {
        return PersonField.DATE_OF_BIRTH.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "one typo", "day and month transposed", "same year and month", "same year", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return false;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn column = table.column(PersonField.DATE_OF_BIRTH, Normalisation.DATE);
        return new ColumnLevels(column, (left, right, a, b) -> {
            String one = column.valueOfCode(a);
            String other = column.valueOfCode(b);
            if (Typos.withinOne(one, other)) {
                return 2;
            }
            if (one.length() != 8 || other.length() != 8 || !one.regionMatches(0, other, 0, 4)) {
                return 6;
            }
            if (one.regionMatches(4, other, 6, 2) && one.regionMatches(6, other, 4, 2)) {
                return 3;
            }
            return one.regionMatches(4, other, 4, 2) ? 4 : 5;
        });
    }
}
