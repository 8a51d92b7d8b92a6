package uk.lantern.resolution.internal;

/**
 * The levels of a comparison of one column, for the part every such comparison shares: a missing value gives the
 * missing level, equal values give level 1 (exact), and two different values are left to the comparison.
 */
final class ColumnLevels implements Comparison.Levels {

    /** The level of two records whose values differ; both are present. */
    @FunctionalInterface
    interface DifferentValues {
        int level(int leftRecord, int rightRecord, int leftCode, int rightCode);
    }

    private final ValueColumn column;
    private final DifferentValues differentValues;

    ColumnLevels(ValueColumn column, DifferentValues differentValues) {
        this.column = column;
        this.differentValues = differentValues;
    }

    @Override
    public int level(int left, int right) {
        int a = column.code(left);
        int b = column.code(right);
        if (a == ValueColumn.MISSING || b == ValueColumn.MISSING) {
            return Comparison.MISSING_LEVEL;
        }
        return a == b ? 1 : differentValues.level(left, right, a, b);
    }

    @Override
    public ValueColumn terms() {
        return column;
    }
}
