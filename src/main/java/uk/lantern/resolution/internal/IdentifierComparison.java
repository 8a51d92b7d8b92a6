package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/** An identifier such as an NHS or social security number: exact, or one keying error away. */
final class IdentifierComparison implements Comparison {

    private final PersonField field;

    IdentifierComparison(PersonField field) {
        this.field = field;
    }

    @Override
    public String name() {
        return field.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "one typo", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return false;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn column = table.column(field, Normalisation.DIGITS);
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
                return Typos.withinOne(column.valueOfCode(a), column.valueOfCode(b)) ? 2 : 3;
            }

            @Override
            public ValueColumn terms() {
                return column;
            }
        };
    }
}
