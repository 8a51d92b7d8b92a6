package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/** Postcodes: the same postcode, else the same sector, district or area (see {@link PostcodeParts}). */
final class PostcodeComparison implements Comparison {

    @Override
    public String name() {
        return PersonField.POSTCODE.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "same sector", "same district", "same area", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return true;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn full = table.column(PersonField.POSTCODE, Normalisation.POSTCODE);
        ValueColumn[] parts = {
            table.derived("postcode/sector", full, PostcodeParts::sector),
            table.derived("postcode/district", full, PostcodeParts::district),
            table.derived("postcode/area", full, PostcodeParts::area)
        };
        return new ColumnLevels(full, (left, right, a, b) -> {
            for (int part = 0; part < parts.length; part++) {
                ValueColumn column = parts[part];
                if (column.has(left) && column.code(left) == column.code(right)) {
                    return 2 + part;
                }
            }
            return 2 + parts.length;
        });
    }
}
