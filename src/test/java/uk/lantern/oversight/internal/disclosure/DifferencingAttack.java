package uk.lantern.oversight.internal.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.oversight.internal.disclosure.ProtectedTable.Figure;

/**
 * An attacker who holds a published table and knows how it was made, and works out for every hidden figure each whole
 * number it could be. It knows:
 * <ul>
 * <li>every published number, and that a rounded total lies in [v − base/2, v + base/2), and is not 1 to the
 * threshold (those are suppressed);</li>
 * <li>that in every row and column with a published total (a number or a {@code c}) the cells add up to the total,
 * the totals row and the totals column included;</li>
 * <li>that counts are whole and never negative, and that a {@code c} is never 0, because zeros are published.</li>
 * </ul>
 * A figure the attacker knows nothing about at all is bounded by a ceiling far above anything in the table; a ceiling
 * only ever helps the attacker.
 *
 * <p>The search is exact, not heuristic: interval propagation over the line equations narrows every unknown, and
 * backtracking splits a range in two until every unknown has one value. The least and the most a figure can be are
 * found by bisection, asking each time whether any solution at all exists with the figure on one side.
 */
public final class DifferencingAttack {

    /** Where a figure stands, as {@link Figure} counts rows and columns. */
    public record CellAt(int row, int column) {
    }

    /** The least and the most a hidden figure can be. */
    public record Range(long least, long most) {

        boolean pinned() {
            return least == most;
        }

        boolean contains(long value) {
            return least <= value && value <= most;
        }
    }

    /** A line: the unknowns in it with their signs (+1 a member, −1 the total), adding up to {@code sum}. */
    private record Equation(int[] unknowns, int[] signs, long sum) {
    }

    private final List<Equation> equations = new ArrayList<>();
    private final Map<CellAt, Integer> hiddenUnknowns = new LinkedHashMap<>();
    private final long[] least;
    private final long[] most;

    private DifferencingAttack(ProtectedTable table) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        int base = table.rules().roundingBase();
        int threshold = table.rules().suppressionThreshold();
        long ceiling = 1000 + 2 * table.figures().stream().filter(figure -> figure.cell().hasValue())
                .mapToLong(figure -> figure.cell().value().longValueExact()).sum();

        Map<CellAt, Figure> figures = new LinkedHashMap<>();
        table.figures().forEach(figure -> figures.put(new CellAt(figure.row(), figure.column()), figure));
        Map<CellAt, Integer> unknowns = new LinkedHashMap<>();
        List<long[]> bounds = new ArrayList<>();
        figures.forEach((at, figure) -> {
            Cell cell = figure.cell();
            if (cell.hasValue() && !figure.rounded()) {
                return;
            }
            long[] range;
            if (cell.hasValue()) {
                long shown = cell.value().longValueExact();
                long low = Math.max(0, shown - base / 2);
                range = new long[] {shown > 0 ? Math.max(low, threshold + 1) : low, shown + (base - 1) / 2};
            } else {
                range = new long[] {cell.symbol() == StatSymbol.SUPPRESSED ? 1 : 0, ceiling};
                hiddenUnknowns.put(at, unknowns.size());
            }
            unknowns.put(at, unknowns.size());
            bounds.add(range);
        });
        least = bounds.stream().mapToLong(range -> range[0]).toArray();
        most = bounds.stream().mapToLong(range -> range[1]).toArray();

        for (int row = 0; row <= rows; row++) {
            List<CellAt> line = new ArrayList<>();
            for (int column = 0; column <= columns; column++) {
                line.add(new CellAt(row, column));
            }
            addEquation(line, figures, unknowns);
        }
        for (int column = 0; column <= columns; column++) {
            List<CellAt> line = new ArrayList<>();
            for (int row = 0; row <= rows; row++) {
                line.add(new CellAt(row, column));
            }
            addEquation(line, figures, unknowns);
        }
    }

    /** For every hidden figure ({@code c} or {@code x}), the least and the most it can be. */
    public static Map<CellAt, Range> attack(ProtectedTable table) {
        return new DifferencingAttack(table).ranges();
    }

    /** The hidden figures the attacker can tell exactly, with their values. */
    public static Map<CellAt, Long> recovered(ProtectedTable table) {
        Map<CellAt, Long> recovered = new LinkedHashMap<>();
        attack(table).forEach((at, range) -> {
            if (range.pinned()) {
                recovered.put(at, range.least());
            }
        });
        return recovered;
    }

    /**
     * The line's last position is its total. The line is an equation only if all of it is published, in numbers or
     * symbols: the totals row of a table with row totals only has just its corner, the grand total.
     */
    private void addEquation(List<CellAt> line, Map<CellAt, Figure> figures, Map<CellAt, Integer> unknowns) {
        if (!line.stream().allMatch(figures::containsKey)) {
            return;
        }
        CellAt total = line.get(line.size() - 1);
        List<Integer> lineUnknowns = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        long sum = 0;
        for (CellAt at : line) {
            int sign = at.equals(total) ? -1 : 1;
            if (unknowns.containsKey(at)) {
                lineUnknowns.add(unknowns.get(at));
                signs.add(sign);
            } else {
                sum -= sign * figures.get(at).cell().value().longValueExact();
            }
        }
        equations.add(new Equation(lineUnknowns.stream().mapToInt(Integer::intValue).toArray(),
                signs.stream().mapToInt(Integer::intValue).toArray(), sum));
    }

    private Map<CellAt, Range> ranges() {
        long[] low = least.clone();
        long[] high = most.clone();
        long[] some = solve(low, high);
        if (some == null) {
            throw new IllegalStateException("the published figures contradict each other");
        }
        Map<CellAt, Range> ranges = new LinkedHashMap<>();
        hiddenUnknowns.forEach((at, unknown) ->
                ranges.put(at, new Range(lowest(unknown, low, high, some), highest(unknown, low, high, some))));
        return ranges;
    }

    private long lowest(int unknown, long[] low, long[] high, long[] some) {
        long from = low[unknown];
        long to = some[unknown];
        while (from < to) {
            long middle = from + (to - from) / 2;
            long[] solution = solveWithin(unknown, from, middle, low, high);
            if (solution == null) {
                from = middle + 1;
            } else {
                to = solution[unknown];
            }
        }
        return from;
    }

    private long highest(int unknown, long[] low, long[] high, long[] some) {
        long from = some[unknown];
        long to = high[unknown];
        while (from < to) {
            long middle = from + (to - from + 1) / 2;
            long[] solution = solveWithin(unknown, middle, to, low, high);
            if (solution == null) {
                to = middle - 1;
            } else {
                from = solution[unknown];
            }
        }
        return from;
    }

    private long[] solveWithin(int unknown, long from, long to, long[] low, long[] high) {
        long[] narrowedLow = low.clone();
        long[] narrowedHigh = high.clone();
        narrowedLow[unknown] = Math.max(from, narrowedLow[unknown]);
        narrowedHigh[unknown] = Math.min(to, narrowedHigh[unknown]);
        return solve(narrowedLow, narrowedHigh);
    }

    /** One whole-number solution within the bounds, or {@code null} if there is none. Narrows the bounds it is given. */
    private long[] solve(long[] low, long[] high) {
        if (!propagate(low, high)) {
            return null;
        }
        int widest = -1;
        for (int unknown = 0; unknown < low.length; unknown++) {
            if (low[unknown] < high[unknown]
                    && (widest < 0 || high[unknown] - low[unknown] > high[widest] - low[widest])) {
                widest = unknown;
            }
        }
        if (widest < 0) {
            return low.clone();
        }
        long middle = low[widest] + (high[widest] - low[widest]) / 2;
        long[] lower = solveWithin(widest, low[widest], middle, low, high);
        return lower != null ? lower : solveWithin(widest, middle + 1, high[widest], low, high);
    }

    /**
     * Narrows every unknown to what each equation allows given the others' ranges, until nothing changes. False if
     * some unknown has no value left.
     */
    private boolean propagate(long[] low, long[] high) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation equation : equations) {
                long sumLow = signedSum(equation, low, high, true);
                long sumHigh = signedSum(equation, low, high, false);
                int[] unknowns = equation.unknowns();
                int[] signs = equation.signs();
                if (sumLow > equation.sum() || sumHigh < equation.sum()) {
                    return false;
                }
                for (int i = 0; i < unknowns.length; i++) {
                    int unknown = unknowns[i];
                    long ownLow = signs[i] > 0 ? low[unknown] : -high[unknown];
                    long ownHigh = signs[i] > 0 ? high[unknown] : -low[unknown];
                    // sign × unknown = sum − (the others), and the others lie between their own bounds.
                    long termLow = equation.sum() - (sumHigh - ownHigh);
                    long termHigh = equation.sum() - (sumLow - ownLow);
                    long newLow = signs[i] > 0 ? termLow : -termHigh;
                    long newHigh = signs[i] > 0 ? termHigh : -termLow;
                    if (newLow > low[unknown] || newHigh < high[unknown]) {
                        low[unknown] = Math.max(low[unknown], newLow);
                        high[unknown] = Math.min(high[unknown], newHigh);
                        if (low[unknown] > high[unknown]) {
                            return false;
                        }
                        changed = true;
                        sumLow = signedSum(equation, low, high, true);
                        sumHigh = signedSum(equation, low, high, false);
                    }
                }
            }
        }
        return true;
    }

    /** The least (or the most) the signed sum of the equation's unknowns can be within their bounds. */
    private static long signedSum(Equation equation, long[] low, long[] high, boolean lowest) {
        long sum = 0;
        for (int i = 0; i < equation.unknowns().length; i++) {
            int unknown = equation.unknowns()[i];
            boolean useLow = (equation.signs()[i] > 0) == lowest;
            sum += equation.signs()[i] * (useLow ? low[unknown] : high[unknown]);
        }
        return sum;
    }
}
