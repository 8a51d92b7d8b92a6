package uk.lantern.oversight.internal.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A table as it may be published: every count already through disclosure control, so an export or a page can print it
 * as it is.
 *
 * @param rowLabels         one label per row
 * @param columnLabels      one label per column
 * @param cells             the published cells, row by row
 * @param rowTotals         the total of each row (the totals column); empty when the table has no row totals
 * @param columnTotals      the total of each column (the totals row); empty when the table has no column totals
 * @param grandTotal        the total of the whole table; {@code null} when the table has no totals
 * @param rowTotalsShown    how the row totals are published, so that a reader can be told they are rounded
 * @param columnTotalsShown how the column totals are published
 * @param rules             the rules the table was protected with, for the footnotes
 */
public record ProtectedTable(List<String> rowLabels, List<String> columnLabels, List<List<Cell>> cells,
        List<Cell> rowTotals, List<Cell> columnTotals, Cell grandTotal, TotalsShown rowTotalsShown,
        TotalsShown columnTotalsShown, DisclosureRules rules) {

    /**
     * One published figure and where it stands: {@code row} equal to the number of rows is the totals row, and
     * {@code column} equal to the number of columns is the totals column. {@code rounded} says that a number here is
     * rounded to the rules' base rather than exact.
     */
    public record Figure(int row, int column, Cell cell, boolean rounded) {
    }

    public ProtectedTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(rowTotalsShown, "rowTotalsShown");
        Objects.requireNonNull(columnTotalsShown, "columnTotalsShown");
        Objects.requireNonNull(rules, "rules");
        int columnCount = columnLabels.size();
        if (cells.size() != rowLabels.size() || cells.stream().anyMatch(row -> row.size() != columnCount)) {
            throw new IllegalArgumentException("the cells must be one row per row label and one cell per column label");
        }
        if (rowTotals.size() != (rowTotalsShown == TotalsShown.NONE ? 0 : rowLabels.size())) {
            throw new IllegalArgumentException("there must be one row total per row when row totals are shown, else none");
        }
        if (columnTotals.size() != (columnTotalsShown == TotalsShown.NONE ? 0 : columnLabels.size())) {
            throw new IllegalArgumentException(
                    "there must be one column total per column when column totals are shown, else none");
        }
        if ((grandTotal == null) != (TotalsShown.forGrandTotal(rowTotalsShown, columnTotalsShown) == TotalsShown.NONE)) {
            throw new IllegalArgumentException("a table has a grand total exactly when it shows totals");
        }
    }

    /** Every published figure, cells and totals, row by row with each row's total after its cells, the totals row last. */
    public List<Figure> figures() {
        GridShape shape = new GridShape(rowLabels.size(), columnLabels.size(), rowTotalsShown, columnTotalsShown);
        return shape.positions().stream()
                .map(position -> new Figure(position.row(), position.column(), at(position, shape),
                        shape.shownAt(position) == TotalsShown.ROUNDED))
                .toList();
    }

    private Cell at(Position position, GridShape shape) {
        boolean inTotalsRow = position.row() == shape.rows();
        boolean inTotalsColumn = position.column() == shape.columns();
        if (inTotalsRow && inTotalsColumn) {
            return grandTotal;
        }
        if (inTotalsColumn) {
            return rowTotals.get(position.row());
        }
        return inTotalsRow ? columnTotals.get(position.column()) : cells.get(position.row()).get(position.column());
    }
}
