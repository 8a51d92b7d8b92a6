package uk.lantern.oversight.internal.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Statistical disclosure control for every aggregate Lantern publishes: small counts are suppressed ({@code c}),
 * further figures are suppressed so that no suppressed count can be worked back from totals, national and regional
 * totals are rounded, and rates and percentages are shown only where their counts are. The rules are set out in
 * {@code docs/statistics.md}.
 */
public final class DisclosureControl {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DisclosureRules rules;

    public DisclosureControl(DisclosureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A table with every cell and total protected: primary and secondary suppression, then rounding. */
    public ProtectedTable protect(CountTable table) {
        TotalsGrid grid = new TotalsGrid(table);
        GridShape shape = grid.shape();
        shape.positions().stream()
                .filter(position -> grid.isAvailable(position) && rules.isSmall(grid.value(position)))
                .forEach(grid::suppress);
        new SecondarySuppression(grid, rules.suppressionThreshold()).apply();

        Function<Position, Cell> publish = position -> published(grid, position);
        int rows = shape.rows();
        int columns = shape.columns();
        List<List<Cell>> cells = IntStream.range(0, rows)
                .mapToObj(row -> IntStream.range(0, columns).mapToObj(column -> new Position(row, column))
                        .map(publish).toList())
                .toList();
        List<Cell> rowTotals = table.rowTotals() == TotalsShown.NONE ? List.of()
                : IntStream.range(0, rows).mapToObj(row -> new Position(row, columns)).map(publish).toList();
        List<Cell> columnTotals = table.columnTotals() == TotalsShown.NONE ? List.of()
                : IntStream.range(0, columns).mapToObj(column -> new Position(rows, column)).map(publish).toList();
        Position corner = new Position(rows, columns);
        Cell grandTotal = shape.exists(corner) ? publish.apply(corner) : null;
        return new ProtectedTable(table.rowLabels(), table.columnLabels(), cells, rowTotals, columnTotals, grandTotal,
                table.rowTotals(), table.columnTotals(), rules);
    }

    /** A count published on its own, for example in a sentence: suppressed if small. */
    public Cell count(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return rules.isSmall(count) ? Cell.symbol(StatSymbol.SUPPRESSED) : Cell.of(count);
    }

    /** A national or regional headline figure: suppressed if small, otherwise rounded. */
    public Cell nationalCount(long count) {
        Cell cell = count(count);
        return cell.hasValue() ? Cell.of(rules.round(count)) : cell;
    }

    /**
     * A rate per {@code per} (for example per 10,000 children) to one decimal place, halves up, worked out from the
     * count as published, so it never tells more than the count does. Where the count has a symbol the rate has the
     * same one ({@code c} where the count is suppressed); {@code x} where the denominator is not known, {@code z} where
     * it is zero.
     *
     * @param denominator the population the rate is over, {@code null} if it is not known
     */
    public Cell rate(Cell count, Long denominator, int per) {
        Objects.requireNonNull(count, "count");
        if (per <= 0) {
            throw new IllegalArgumentException("a rate is per a positive number: " + per);
        }
        if (!count.hasValue()) {
            return count;
        }
        if (denominator == null) {
            return Cell.symbol(StatSymbol.NOT_AVAILABLE);
        }
        if (denominator < 0) {
            throw new IllegalArgumentException("a population cannot be negative: " + denominator);
        }
        if (denominator == 0) {
            return Cell.symbol(StatSymbol.NOT_APPLICABLE);
        }
        return Cell.of(count.value().multiply(BigDecimal.valueOf(per))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }

    /**
     * A percentage to one decimal place, halves up, from a numerator and a denominator as published: {@code c} if
     * either is suppressed, otherwise the symbol of whichever has one, {@code z} if the denominator is zero. Publish the
     * numerator and its complement as a two-cell table with a total through {@link #protect} too, so that the
     * complement cannot give the numerator away.
     */
    public Cell proportion(Cell numerator, Cell denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.symbol() == StatSymbol.SUPPRESSED || denominator.symbol() == StatSymbol.SUPPRESSED) {
            return Cell.symbol(StatSymbol.SUPPRESSED);
        }
        if (!numerator.hasValue()) {
            return numerator;
        }
        if (!denominator.hasValue()) {
            return denominator;
        }
        if (denominator.value().signum() == 0) {
            return Cell.symbol(StatSymbol.NOT_APPLICABLE);
        }
        return Cell.of(numerator.value().multiply(HUNDRED).divide(denominator.value(), 1, RoundingMode.HALF_UP));
    }

    private Cell published(TotalsGrid grid, Position position) {
        if (grid.isSuppressed(position)) {
            return Cell.symbol(StatSymbol.SUPPRESSED);
        }
        if (!grid.isAvailable(position)) {
            return Cell.symbol(StatSymbol.NOT_AVAILABLE);
        }
        long value = grid.value(position);
        return Cell.of(grid.shape().shownAt(position) == TotalsShown.ROUNDED ? rules.round(value) : value);
    }
}
