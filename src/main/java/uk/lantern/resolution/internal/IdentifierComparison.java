package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/** An identifier such as an NHS or social security number: exact, or one keying error away. */
final class IdentifierComparison implements Comparison {

    static final int ONE_TYPO_LEVEL = 2;

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
        return new ColumnLevels(column, (left, right, a, b) ->
                Typos.withinOne(column.valueOfCode(a), column.valueOfCode(b)) ? ONE_TYPO_LEVEL : 3);
    }
}
