package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/** Agreement or not, nothing in between: sex, phone number, state. */
final class ExactComparison implements Comparison {

    private final PersonField field;
    private final Normalisation normalisation;
    private final boolean termFrequency;

    ExactComparison(PersonField field, Normalisation normalisation, boolean termFrequency) {
        this.field = field;
        this.normalisation = normalisation;
        this.termFrequency = termFrequency;
    }

    @Override
    public String name() {
        return field.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return termFrequency;
    }

    @Override
    public Levels prepare(RecordTable table) {
        return new ColumnLevels(table.column(field, normalisation), (left, right, a, b) -> 2);
    }
}
