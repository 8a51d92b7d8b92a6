package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.lantern.resolution.PersonField;

/** Free text such as a town, an email address or a street: exact, then falling Jaro–Winkler similarity. */
final class TextComparison implements Comparison {

    private final PersonField field;
    private final double[] thresholds;
    private final boolean termFrequency;

    /** @param thresholds the Jaro–Winkler thresholds of the fuzzy levels, highest first */
    TextComparison(PersonField field, boolean termFrequency, double... thresholds) {
        this.field = field;
        this.termFrequency = termFrequency;
        this.thresholds = thresholds.clone();
    }

    @Override
    public String name() {
        return field.column();
    }

    @Override
    public List<String> levels() {
        List<String> levels = new ArrayList<>();
        levels.add("exact");
        for (double threshold : thresholds) {
            levels.add(String.format(Locale.ROOT, "Jaro-Winkler >= %.2f", threshold));
        }
        levels.add("else");
        return levels;
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return termFrequency;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn column = table.column(field, Normalisation.TEXT);
        return new ColumnLevels(column, (left, right, a, b) -> {
            double similarity = JaroWinkler.similarity(column.valueOfCode(a), column.valueOfCode(b));
            for (int step = 0; step < thresholds.length; step++) {
                if (similarity >= thresholds[step]) {
                    return 2 + step;
                }
            }
            return 2 + thresholds.length;
        });
    }
}
