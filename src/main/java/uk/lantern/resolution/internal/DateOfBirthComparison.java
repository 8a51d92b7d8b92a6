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
        return new Levels() {
            @Override
            public int level(int left, int right) {
                int a = column.code(left);
                int b = column.code(right);
                if (a == ValueColumn.MISSING || b == ValueColumn.MISSING) {
                    return MISSING_LEVEL;
                }
                if (a == b) {
                    return 1;
                }
                String one = column.valueOfCode(a);
                String other = column.valueOfCode(b);
                if (one.length() != other.length()) {
                    return partialLevel(one, other);
                }
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
            }

            /**
             * A date recorded only as a year (YYYY) or a year and month (YYYYMM) agrees with a full one as far as it
             * goes: it can be no more than "same year" or "same year and month".
             */
            private int partialLevel(String one, String other) {
                String shorter = one.length() < other.length() ? one : other;
                String longer = shorter == one ? other : one;
                if (!longer.startsWith(shorter)) {
                    return 6;
                }
                return shorter.length() >= 6 ? 4 : 5;
            }

            @Override
            public ValueColumn terms() {
                return column;
            }
        };
    }
}
