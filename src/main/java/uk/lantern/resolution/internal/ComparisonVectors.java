package uk.lantern.resolution.internal;

import java.util.List;

/**
 * The levels every comparison gives a pair, packed into one long "pattern" (a mixed-radix number with one digit a
 * comparison), so that millions of pairs reduce to the few thousand distinct patterns that EM works on.
 */
final class ComparisonVectors {

    private final List<Comparison.Levels> comparisons;
    private final long[] radix;

    ComparisonVectors(List<Comparison> model, RecordTable table) {
        // Preparing builds the table's columns, seconds each on a million records; they are built side by side.
        this.comparisons = model.parallelStream().map(comparison -> comparison.prepare(table)).toList();
        this.radix = new long[model.size()];
        long place = 1;
        for (int c = 0; c < model.size(); c++) {
            radix[c] = place;
            place *= model.get(c).levels().size() + 1;
            if (place <= 0) {
                throw new IllegalStateException("Too many comparison levels to pack into one pattern");
            }
        }
    }

    int comparisons() {
        return comparisons.size();
    }

    Comparison.Levels comparison(int c) {
        return comparisons.get(c);
    }

    int level(int c, int left, int right) {
        return comparisons.get(c).level(left, right);
    }

    long pattern(int left, int right) {
        long pattern = 0;
        for (int c = 0; c < comparisons.size(); c++) {
            pattern += radix[c] * comparisons.get(c).level(left, right);
        }
        return pattern;
    }

    int levelIn(long pattern, int c, int levelsOfC) {
        return (int) (pattern / radix[c] % (levelsOfC + 1));
    }
}
