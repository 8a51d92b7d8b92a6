package uk.lantern.resolution.internal;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import uk.lantern.resolution.PersonField;

/**
 * First names or surnames: exact, a known variant or nickname, close in spelling (Jaro–Winkler), alike in sound
 * (Double Metaphone or Beider–Morse), or loosely alike in spelling. When one record has first name and surname the
 * other way round (both names agree crossed, each at least closely), the names are compared crossed; crossed
 * agreement counts at most as "close", so that the exact level keeps its meaning for term frequencies.
 */
final class NameComparison implements Comparison {

    static final double CLOSE = 0.92;
    static final double LOOSE = 0.80;
    private static final int CLOSE_LEVEL = 3;

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
                "Jaro-Winkler >= 0.80", "else");
    }

    private int straightLevel(ValueColumn names, PhoneticCodes phonetics, int left, int right) {
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
            return CLOSE_LEVEL;
        }
        if (phonetics.soundAlike(a, b)) {
            return 4;
        }
        return similarity >= LOOSE ? 5 : 6;
    }

    private boolean closeOrBetter(String one, String other) {
        return one.equals(other) || variants.areVariants(one, other) || JARO_WINKLER.apply(one, other) >= CLOSE;
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
                int straight = straightLevel(names, phonetics, left, right);
                if (straight <= CLOSE_LEVEL) {
                    return straight;
                }
                String leftOther = otherNames.value(left);
                String rightOther = otherNames.value(right);
                if (leftOther == null || rightOther == null || names.value(left) == null
                        || names.value(right) == null) {
                    return straight;
                }
                boolean swapped = closeOrBetter(names.value(left), rightOther)
                        && closeOrBetter(leftOther, names.value(right));
                return swapped ? CLOSE_LEVEL : straight;
            }

            @Override
            public ValueColumn terms() {
                return names;
            }
        };
    }
}
