package uk.lantern.oversight.internal.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a table with its totals: {@code rows} × {@code columns} cells, a totals column holding the row totals,
 * a totals row holding the column totals, and the grand total where they meet. Positions of totals that a table does
 * not publish do not exist.
 */
record GridShape(int rows, int columns, TotalsShown rowTotals, TotalsShown columnTotals) {

    boolean isTotal(Position position) {
        return position.row() == rows || position.column() == columns;
    }

    /** How the figure at a position is published; {@link TotalsShown#NONE} for a cell of the table itself. */
    TotalsShown shownAt(Position position) {
        boolean inTotalsRow = position.row() == rows;
        boolean inTotalsColumn = position.column() == columns;
        if (inTotalsRow && inTotalsColumn) {
            return TotalsShown.forGrandTotal(rowTotals, columnTotals);
        }
        if (inTotalsColumn) {
            return rowTotals;
        }
        return inTotalsRow ? columnTotals : TotalsShown.NONE;
    }

    boolean exists(Position position) {
        return !isTotal(position) || shownAt(position) != TotalsShown.NONE;
    }

    /** Every existing position, row by row, each row's total after its cells and the totals row last. */
    List<Position> positions() {
        List<Position> positions = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                Position position = new Position(row, column);
                if (exists(position)) {
                    positions.add(position);
                }
            }
        }
        return positions;
    }

    /**
     * Whether the row of the grid through this row index is a line an attacker can use: the table's rows are when
     * row totals are published, the totals row is when column totals are.
     */
    boolean isRowALine(int row) {
        return (row < rows ? rowTotals : columnTotals) != TotalsShown.NONE;
    }

    /** Whether the column of the grid through this column index is a line, as {@link #isRowALine} for columns. */
    boolean isColumnALine(int column) {
        return (column < columns ? columnTotals : rowTotals) != TotalsShown.NONE;
    }
}
