package uk.lantern.oversight.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A count table and its totals as one grid (see {@link GridShape}) holding the true figures, and which of them are
 * suppressed. Every row and every column of the grid whose total is published is a {@link Line}: its members add up
 * to its total. Suppression works line by line on this grid.
 *
 * <p>A total over a count that is not available cannot be worked out, so it is not available either. Such a total is
 * <em>hidden</em> as a suppressed one is. A missing cell is not: it is treated as if a reader might learn it elsewhere,
 * so it never counts as protecting its neighbours.
 */
final class TotalsGrid {

    /** A row or a column of the grid whose total is published. */
    record Line(List<Position> members, Position total) {

        /** The members, then the total. */
        List<Position> positions() {
            List<Position> positions = new ArrayList<>(members);
            positions.add(total);
            return positions;
        }
    }

    private final GridShape shape;
    /** The true figure at each position, {@code null} where it is not available. */
    private final Long[][] values;
    /** The figure, or for a total that is not available the sum of the counts that are: the least it can be. */
    private final long[][] leastValues;
    private final boolean[][] suppressed;
    private final List<Line> lines;

    TotalsGrid(CountTable table) {
        this.shape = new GridShape(table.rowLabels().size(), table.columnLabels().size(), table.rowTotals(),
                table.columnTotals());
        int rows = shape.rows();
        int columns = shape.columns();
        this.values = new Long[rows + 1][columns + 1];
        this.leastValues = new long[rows + 1][columns + 1];
        this.suppressed = new boolean[rows + 1][columns + 1];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Long count = table.count(row, column);
                values[row][column] = count;
                leastValues[row][column] = count == null ? 0 : count;
            }
        }
        for (int row = 0; row < rows; row++) {
            addUp(new Position(row, columns), rowMembers(row));
        }
        for (int column = 0; column <= columns; column++) {
            addUp(new Position(rows, column), columnMembers(column));
        }
        this.lines = findLines();
    }

    GridShape shape() {
        return shape;
    }

    List<Line> lines() {
        return lines;
    }

    boolean isAvailable(Position position) {
        return values[position.row()][position.column()] != null;
    }

    /** The true figure at an available position. */
    long value(Position position) {
        return values[position.row()][position.column()];
    }

    /** The true figure, or the least a total that is not available can be. */
    long leastValue(Position position) {
        return leastValues[position.row()][position.column()];
    }

    boolean isSuppressed(Position position) {
        return suppressed[position.row()][position.column()];
    }

    /** Whether a reader cannot see this figure: it is suppressed, or it is a total that is not available. */
    boolean isHidden(Position position) {
        return isSuppressed(position) || !isAvailable(position) && shape.isTotal(position);
    }

    /** Whether suppressing this figure would hide something: it is published and above zero. */
    boolean canSuppress(Position position) {
        return isAvailable(position) && !isSuppressed(position) && value(position) > 0;
    }

    void suppress(Position position) {
        suppressed[position.row()][position.column()] = true;
    }

    private List<Position> rowMembers(int row) {
        return IntStream.range(0, shape.columns()).mapToObj(column -> new Position(row, column)).toList();
    }

    private List<Position> columnMembers(int column) {
        return IntStream.range(0, shape.rows()).mapToObj(row -> new Position(row, column)).toList();
    }

    private void addUp(Position total, List<Position> members) {
        boolean available = members.stream().allMatch(this::isAvailable);
        values[total.row()][total.column()] = available ? members.stream().mapToLong(this::value).sum() : null;
        leastValues[total.row()][total.column()] = members.stream().mapToLong(this::leastValue).sum();
    }

    private List<Line> findLines() {
        List<Line> found = new ArrayList<>();
        for (int row = 0; row <= shape.rows(); row++) {
            if (shape.isRowALine(row)) {
                found.add(new Line(rowMembers(row), new Position(row, shape.columns())));
            }
        }
        for (int column = 0; column <= shape.columns(); column++) {
            if (shape.isColumnALine(column)) {
                found.add(new Line(columnMembers(column), new Position(shape.rows(), column)));
            }
        }
        return List.copyOf(found);
    }
}
