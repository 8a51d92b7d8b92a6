package uk.lantern.oversight.internal.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import uk.lantern.oversight.internal.disclosure.DifferencingAttack.CellAt;

/** Synthetic count tables for the tests, and the true figures behind them. */
final class Tables {

    private Tables() {
    }

    /** A table from rows of counts written as text, {@code "3 12 x"}, where {@code x} is a count not available. */
    static CountTable table(TotalsShown rowTotals, TotalsShown columnTotals, String... rows) {
        Long[][] counts = Arrays.stream(rows)
                .map(row -> Arrays.stream(row.trim().split("\\s+"))
                        .map(count -> count.equals("x") ? null : Long.valueOf(count)).toArray(Long[]::new))
                .toArray(Long[][]::new);
        return table(rowTotals, columnTotals, counts);
    }

    static CountTable table(TotalsShown rowTotals, TotalsShown columnTotals, Long[][] counts) {
        List<String> areas = IntStream.rangeClosed(1, counts.length).mapToObj(n -> "Area " + n).toList();
        List<String> periods = IntStream.rangeClosed(1, counts[0].length).mapToObj(n -> "Period " + n).toList();
        return new CountTable(areas, periods, counts, rowTotals, columnTotals);
    }

    /**
     * The true figure at a position of the table with its totals ({@link ProtectedTable.Figure} numbering), {@code null}
     * where it cannot be known because a count it adds up is missing.
     */
    static Long truth(CountTable table, int row, int column) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        List<Integer> rowsAdded = row == rows ? IntStream.range(0, rows).boxed().toList() : List.of(row);
        List<Integer> columnsAdded = column == columns ? IntStream.range(0, columns).boxed().toList() : List.of(column);
        long sum = 0;
        for (int addedRow : rowsAdded) {
            for (int addedColumn : columnsAdded) {
                Long count = table.count(addedRow, addedColumn);
                if (count == null) {
                    return null;
                }
                sum += count;
            }
        }
        return sum;
    }

    /**
     * The table published with {@code c} at the given positions and every other figure as it is (rounded where its
     * margin is rounded): what disclosure control would publish if it suppressed exactly those.
     */
    static ProtectedTable publishedHiding(CountTable table, DisclosureRules rules, Set<CellAt> hidden) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        TotalsShown grand = TotalsShown.forGrandTotal(table.rowTotals(), table.columnTotals());
        List<List<Cell>> cells = IntStream.range(0, rows)
                .mapToObj(row -> IntStream.range(0, columns)
                        .mapToObj(column -> shown(table, rules, hidden, row, column, TotalsShown.EXACT)).toList())
                .toList();
        List<Cell> rowTotals = table.rowTotals() == TotalsShown.NONE ? List.of()
                : IntStream.range(0, rows).mapToObj(row -> shown(table, rules, hidden, row, columns, table.rowTotals()))
                        .toList();
        List<Cell> columnTotals = table.columnTotals() == TotalsShown.NONE ? List.of()
                : IntStream.range(0, columns)
                        .mapToObj(column -> shown(table, rules, hidden, rows, column, table.columnTotals())).toList();
        Cell grandTotal = grand == TotalsShown.NONE ? null : shown(table, rules, hidden, rows, columns, grand);
        return new ProtectedTable(table.rowLabels(), table.columnLabels(), cells, rowTotals, columnTotals, grandTotal,
                table.rowTotals(), table.columnTotals(), rules);
    }

    /** Every position whose true figure is 1 up to the threshold: what primary suppression alone would hide. */
    static Set<CellAt> smallFigures(CountTable table, DisclosureRules rules) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        return IntStream.rangeClosed(0, rows).boxed()
                .flatMap(row -> IntStream.rangeClosed(0, columns).mapToObj(column -> new CellAt(row, column)))
                .filter(at -> {
                    Long truth = truth(table, at.row(), at.column());
                    return truth != null && rules.isSmall(truth);
                })
                .collect(Collectors.toSet());
    }

    private static Cell shown(CountTable table, DisclosureRules rules, Set<CellAt> hidden, int row, int column,
            TotalsShown shown) {
        Long truth = truth(table, row, column);
        if (hidden.contains(new CellAt(row, column))) {
            return Cell.symbol(StatSymbol.SUPPRESSED);
        }
        if (truth == null) {
            return Cell.symbol(StatSymbol.NOT_AVAILABLE);
        }
        return Cell.of(shown == TotalsShown.ROUNDED ? rules.round(truth) : truth);
    }
}
