package uk.lantern.oversight.internal.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Finds a suppressed figure that the published figures still pin down, and the cheapest further suppressions that
 * free it.
 *
 * <p>The grid of a table and its totals is a circulation: each line of the grid is a node, and each figure is an edge
 * between its row line and its column line carrying its count (a cell flows from its row to its column, a column
 * total from its column to the totals row, the grand total from the totals row to the totals column, and a row total
 * from there back to its row). Every line's members adding up to its total is the flow at that node balancing. Rows or
 * columns without a published total constrain nothing, so they all become one free node.
 *
 * <p>A hidden figure is not pinned down exactly when it lies on a cycle of hidden figures along which one unit can be
 * pushed: forwards along any edge, backwards only along one whose count stays above what a reader knows it to be at
 * least (a suppressed count is never 0, since zeros are published; a total that is not available is at least 0).
 * Pushing one unit round such a cycle changes the figure and keeps every published figure, so a reader cannot tell the
 * two apart. The check assumes the reader knows more than they do: rounded totals as exact, and missing cells as known.
 */
final class RecoveryCheck {

    /** One way a unit can move from node {@code from} to node {@code to} through the figure at {@code position}. */
    private record Arc(int from, int to, Position position, long cost) {
    }

    private record Route(long cost, List<Position> positions) {
    }

    private record Visit(long cost, int node) {
    }

    private final TotalsGrid grid;
    private final GridShape shape;
    private final int freeNode;

    RecoveryCheck(TotalsGrid grid) {
        this.grid = grid;
        this.shape = grid.shape();
        this.freeNode = shape.rows() + shape.columns() + 2;
    }

    /**
     * For the first suppressed figure, in grid order, that the published figures pin down: the published figures to
     * suppress so that it can move, chosen to withhold as small a count in all as possible. Empty when no suppressed
     * figure is pinned down.
     */
    Optional<List<Position>> firstRepair() {
        List<List<Arc>> arcs = arcs();
        for (Position position : shape.positions()) {
            if (grid.isSuppressed(position)) {
                List<Position> repair = cheapestRepair(position, arcs);
                if (!repair.isEmpty()) {
                    return Optional.of(repair);
                }
            }
        }
        return Optional.empty();
    }

    private List<Position> cheapestRepair(Position target, List<List<Arc>> arcs) {
        int tail = tail(target);
        int head = head(target);
        if (tail == head) {
            return List.of();
        }
        Optional<Route> raising = cheapestRoute(arcs, target, head, tail);
        Optional<Route> lowering = canLower(target) ? cheapestRoute(arcs, target, tail, head) : Optional.empty();
        Route best = raising.filter(route -> lowering.isEmpty() || route.cost() <= lowering.get().cost())
                .or(() -> lowering)
                .orElseThrow(() -> new IllegalStateException("nothing can be suppressed to protect " + target));
        return best.positions().stream().filter(position -> !grid.isHidden(position)).toList();
    }

    /**
     * The arcs out of each node: through hidden figures at no cost, through published ones at the count that
     * suppressing them would withhold. Zeros and missing cells carry none; they cannot be suppressed.
     */
    private List<List<Arc>> arcs() {
        List<List<Arc>> out = new ArrayList<>();
        for (int node = 0; node <= freeNode; node++) {
            out.add(new ArrayList<>());
        }
        for (Position position : shape.positions()) {
            boolean hidden = grid.isHidden(position);
            int tail = tail(position);
            int head = head(position);
            if (tail == head || !hidden && !grid.canSuppress(position)) {
                continue;
            }
            long cost = hidden ? 0 : grid.value(position);
            out.get(tail).add(new Arc(tail, head, position, cost));
            if (canLower(position)) {
                out.get(head).add(new Arc(head, tail, position, cost));
            }
        }
        return out;
    }

    /** Whether one unit can be taken off the figure without going below what a reader knows it to be at least. */
    private boolean canLower(Position position) {
        long floor = grid.isAvailable(position) ? 1 : 0;
        return grid.leastValue(position) > floor;
    }

    /** The cheapest way from {@code start} to {@code end} that does not go through the target itself. */
    private Optional<Route> cheapestRoute(List<List<Arc>> arcs, Position target, int start, int end) {
        long[] cost = new long[freeNode + 1];
        Arrays.fill(cost, Long.MAX_VALUE);
        Arc[] arrivedBy = new Arc[freeNode + 1];
        PriorityQueue<Visit> queue = new PriorityQueue<>(
                Comparator.comparingLong(Visit::cost).thenComparingInt(Visit::node));
        cost[start] = 0;
        queue.add(new Visit(0, start));
        while (!queue.isEmpty()) {
            Visit visit = queue.poll();
            int node = visit.node();
            if (visit.cost() > cost[node]) {
                continue;
            }
            for (Arc arc : arcs.get(node)) {
                if (arc.position().equals(target)) {
                    continue;
                }
                long reached = cost[node] + arc.cost();
                if (reached < cost[arc.to()]) {
                    cost[arc.to()] = reached;
                    arrivedBy[arc.to()] = arc;
                    queue.add(new Visit(reached, arc.to()));
                }
            }
        }
        if (cost[end] == Long.MAX_VALUE) {
            return Optional.empty();
        }
        List<Position> positions = new ArrayList<>();
        for (int node = end; node != start; node = arrivedBy[node].from()) {
            positions.add(arrivedBy[node].position());
        }
        return Optional.of(new Route(cost[end], positions));
    }

    /** The node a unit leaves when the figure grows. */
    private int tail(Position position) {
        return flowsFromRowToColumn(position) ? rowNode(position.row()) : columnNode(position.column());
    }

    /** The node a unit reaches when the figure grows. */
    private int head(Position position) {
        return flowsFromRowToColumn(position) ? columnNode(position.column()) : rowNode(position.row());
    }

    /** Cells and the grand total flow from their row line to their column line; row and column totals the other way. */
    private boolean flowsFromRowToColumn(Position position) {
        return (position.row() < shape.rows()) == (position.column() < shape.columns());
    }

    private int rowNode(int row) {
        return shape.isRowALine(row) ? row : freeNode;
    }

    private int columnNode(int column) {
        return shape.isColumnALine(column) ? shape.rows() + 1 + column : freeNode;
    }
}
