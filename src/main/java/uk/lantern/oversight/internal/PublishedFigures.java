package uk.lantern.oversight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.CountTable;
import uk.lantern.oversight.internal.disclosure.DisclosureControl;
import uk.lantern.oversight.internal.disclosure.ProtectedTable;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.disclosure.TotalsShown;

/**
 * Turns raw counts for one area into the figures that may be published, under disclosure control. A local
 * authority's figures are exact once small counts are suppressed; figures for a police force area or England add
 * several authorities together and are also rounded, as national and regional totals are.
 */
final class PublishedFigures {

    static final int PER_CHILDREN = 10_000;

    private final DisclosureControl control;
    private final boolean aggregate;

    PublishedFigures(DisclosureControl control, boolean aggregate) {
        this.control = control;
        this.aggregate = aggregate;
    }

    /** A series of counts with no total published: each count stands alone. */
    List<Cell> counts(long[] counts) {
        return Arrays.stream(counts).mapToObj(this::count).toList();
    }

    Cell count(long count) {
        return aggregate ? control.nationalCount(count) : control.count(count);
    }

    /**
     * Parts of a whole, period by period: the rows are the parts (which must add up to the whole) and the whole is
     * published too, so a suppressed part must not be recoverable by subtraction. Returns the protected parts and, as
     * the last row, the protected wholes.
     */
    List<List<Cell>> partsOfWhole(List<String> partNames, List<String> periods, long[][] parts) {
        Long[][] counts = new Long[parts.length][];
        for (int row = 0; row < parts.length; row++) {
            counts[row] = Arrays.stream(parts[row]).boxed().toArray(Long[]::new);
        }
        ProtectedTable table = control.protect(new CountTable(partNames, periods, counts, TotalsShown.NONE,
                aggregate ? TotalsShown.ROUNDED : TotalsShown.EXACT));
        List<List<Cell>> rows = new ArrayList<>();
        table.cells().forEach(row -> rows.add(aggregate ? row.stream().map(this::rounded).toList() : row));
        rows.add(table.columnTotals());
        return rows;
    }

    /** A shown count rounded as an aggregate's counts are; a symbol stays as it is. */
    private Cell rounded(Cell cell) {
        return cell.hasValue() ? control.nationalCount(cell.value().longValueExact()) : cell;
    }

    /** A share of a whole published beside it: the share and the rest are protected together with the whole. */
    ShareOfWhole share(List<String> periods, long[] part, long[] whole) {
        long[] rest = IntStream.range(0, whole.length).mapToLong(i -> whole[i] - part[i]).toArray();
        List<List<Cell>> rows = partsOfWhole(List.of("part", "rest"), periods, new long[][] {part, rest});
        List<Cell> percentages = IntStream.range(0, whole.length)
                .mapToObj(i -> percentage(rows.get(0).get(i), rows.get(2).get(i))).toList();
        return new ShareOfWhole(rows.get(0), rows.get(2), percentages);
    }

    record ShareOfWhole(List<Cell> part, List<Cell> whole, List<Cell> percentage) {
    }

    /** A percentage of the published whole, from the published counts (docs/statistics.md, rule 4). */
    Cell percentage(Cell part, Cell whole) {
        return control.proportion(part, whole);
    }

    /** A rate per 10,000 children aged 0 to 17, from the published count; {@code x} where the children are unknown. */
    Cell ratePerChildren(Cell published, OptionalLong children) {
        return control.rate(published, children.isPresent() ? children.getAsLong() : null, PER_CHILDREN);
    }

    /** An average per item (suspects per network), shown only where the number of items is. */
    Cell mean(Cell items, long exactItems, long exactTotal) {
        if (!items.hasValue()) {
            return items;
        }
        if (exactItems == 0) {
            return Cell.symbol(StatSymbol.NOT_APPLICABLE);
        }
        return Cell.of(BigDecimal.valueOf(exactTotal).divide(BigDecimal.valueOf(exactItems), 1,
                RoundingMode.HALF_UP));
    }
}
