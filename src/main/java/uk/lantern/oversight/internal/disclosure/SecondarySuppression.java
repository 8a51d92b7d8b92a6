package uk.lantern.oversight.internal.disclosure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suppresses further figures of a grid whose small counts are already suppressed, until no suppressed figure can be
 * worked out from the published ones.
 *
 * <p>Two rules take turns until neither finds anything to do. The line rule: in every line holding a suppressed
 * figure, if only one figure of the line is hidden, or the total is published and the hidden members add up to no more
 * than the threshold (so the difference would give a small number away), suppress the smallest non-zero published
 * member, or the line's total if none is left. The cycle rule ({@link RecoveryCheck}): if a suppressed figure is still
 * pinned down by several lines together, suppress the cheapest figures that free it.
 */
final class SecondarySuppression {

    private final TotalsGrid grid;
    private final int threshold;
    private final RecoveryCheck recoveryCheck;

    SecondarySuppression(TotalsGrid grid, int threshold) {
        this.grid = grid;
        this.threshold = threshold;
        this.recoveryCheck = new RecoveryCheck(grid);
    }

    void apply() {
        Optional<List<Position>> repair;
        do {
            coverEveryLine();
            repair = recoveryCheck.firstRepair();
            repair.ifPresent(positions -> positions.forEach(grid::suppress));
        } while (repair.isPresent());
    }

    private void coverEveryLine() {
        Optional<Position> next = nextForAnyLine();
        while (next.isPresent()) {
            grid.suppress(next.get());
            next = nextForAnyLine();
        }
    }

    private Optional<Position> nextForAnyLine() {
        return grid.lines().stream().map(this::nextFor).flatMap(Optional::stream).findFirst();
    }

    /** The figure to suppress next in this line, if the line gives a suppressed figure or a small sum away. */
    private Optional<Position> nextFor(TotalsGrid.Line line) {
        List<Position> positions = line.positions();
        if (positions.stream().noneMatch(grid::isSuppressed)) {
            return Optional.empty();
        }
        long hidden = positions.stream().filter(grid::isHidden).count();
        boolean totalPublished = !grid.isHidden(line.total());
        long hiddenMembersSum = line.members().stream().filter(grid::isHidden).mapToLong(grid::leastValue).sum();
        if (hidden > 1 && !(totalPublished && hiddenMembersSum <= threshold)) {
            return Optional.empty();
        }
        // Of equal candidates the first in the line goes, so the same table is always published the same way.
        Comparator<Position> smallestFirst = Comparator.comparingLong(grid::value);
        return line.members().stream().filter(grid::canSuppress)
                .min(smallestFirst.thenComparingInt(line.members()::indexOf))
                .or(() -> Optional.of(line.total()).filter(grid::canSuppress));
    }
}
