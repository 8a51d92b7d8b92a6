package uk.lantern.oversight.internal.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of true counts before disclosure control, for example local authorities (rows) by period (columns).
 *
 * @param rowLabels    one label per row
 * @param columnLabels one label per column
 * @param counts       the counts, {@code counts[row][column]}; {@code null} where a count is not available (published
 *                     as {@code x}). The table keeps its own copy, and {@link #counts()} hands out a fresh one.
 * @param rowTotals    how the total of each row (the totals column) is published
 * @param columnTotals how the total of each column (the totals row) is published; the grand total is published when
 *                     either margin is, rounded when either is rounded
 */
public record CountTable(List<String> rowLabels, List<String> columnLabels, Long[][] counts, TotalsShown rowTotals,
        TotalsShown columnTotals) {

    public CountTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(rowTotals, "rowTotals");
        Objects.requireNonNull(columnTotals, "columnTotals");
        if (rowLabels.isEmpty() || columnLabels.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one row and one column");
        }
        if (counts.length != rowLabels.size()) {
            throw new IllegalArgumentException("there are %d rows of counts for %d row labels"
                    .formatted(counts.length, rowLabels.size()));
        }
        for (int row = 0; row < counts.length; row++) {
            if (counts[row].length != columnLabels.size()) {
                throw new IllegalArgumentException("row %d (%s) has %d counts for %d column labels"
                        .formatted(row, rowLabels.get(row), counts[row].length, columnLabels.size()));
            }
            for (int column = 0; column < counts[row].length; column++) {
                Long count = counts[row][column];
                if (count != null && count < 0) {
                    throw new IllegalArgumentException("the count for %s, %s is negative: %d"
                            .formatted(rowLabels.get(row), columnLabels.get(column), count));
                }
            }
        }
        counts = copy(counts);
    }

    /** A copy of the counts, so that no caller can change the table. */
    @Override
    public Long[][] counts() {
        return copy(counts);
    }

    /** The count in one cell, {@code null} if it is not available. */
    public Long count(int row, int column) {
        return counts[row][column];
    }

    private static Long[][] copy(Long[][] counts) {
        return Arrays.stream(counts).map(Long[]::clone).toArray(Long[][]::new);
    }
}
