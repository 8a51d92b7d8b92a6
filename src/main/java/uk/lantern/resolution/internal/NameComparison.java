package uk.lantern.resolution.internal;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import uk.lantern.resolution.PersonField;

/**
 * First names or surnames: exact, a known variant or nickname, close in spelling (Jaro–Winkler), alike in sound
 * (Double Metaphone or Beider–Morse), given in the other name field (first name and surname swapped), or loosely
 * alike in spelling.
 */
final class NameComparison implements Comparison {

    static final double CLOSE = 0.92;
    static final double LOOSE = 0.80;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final PersonField field;
    private final PersonField otherNameField;
    private final NameVariants variants;

    NameComparison(PersonField field, PersonField otherNameField, NameVariants variants) {
        this.field = field;
        this.otherNameField = otherNameField;
        this.variants = variants;
    }

    @Override
    public String name() {
        return field.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "variant or nickname", "Jaro-Winkler >= 0.92", "sounds alike",
                "swapped with " + otherNameField.column(), "Jaro-Winkler >= 0.80", "else");
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return true;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn names = table.column(field, Normalisation.LETTERS);
        ValueColumn otherNames = table.column(otherNameField, Normalisation.LETTERS);
        PhoneticCodes phonetics = table.phonetics(field);
        return new Levels() {
            @Override
            public int level(int left, int right) {
                int a = names.code(left);
                int b = names.code(right);
                if (a == ValueColumn.MISSING || b == ValueColumn.MISSING) {
                    return MISSING_LEVEL;
                }
                if (a == b) {
                    return 1;
                }
                String one = names.valueOfCode(a);
                String other = names.valueOfCode(b);
                if (variants.areVariants(one, other)) {
                    return 2;
                }
                double similarity = JARO_WINKLER.apply(one, other);
                if (similarity >= CLOSE) {
                    return 3;
                }
                if (phonetics.soundAlike(a, b)) {
                    return 4;
                }
                if (one.equals(otherNames.value(right)) || other.equals(otherNames.value(left))) {
                    return 5;
                }
                return similarity >= LOOSE ? 6 : 7;
            }

            @Override
            public ValueColumn terms() {
                return names;
            }
        };
    }
}
