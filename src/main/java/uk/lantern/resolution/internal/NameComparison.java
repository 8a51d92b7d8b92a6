package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/**
 * First names or surnames: exact, a known variant or nickname, one name made of words of the other (a compound name
 * given in full and in part, see {@link CompoundNames}), close in spelling (Jaro–Winkler), alike in sound
 * (Double Metaphone or Beider–Morse), or loosely alike in spelling. When one record has first name and surname the
 * other way round (crossed, one name agrees exactly and the other at least closely or is missing), the names are
 * compared crossed; crossed agreement counts at most as "close", so that the exact level keeps its meaning for term
 * frequencies.
 */
final class NameComparison implements Comparison {

    static final double CLOSE = 0.92;
    static final double LOOSE = 0.80;
    private static final int VARIANT_LEVEL = 2;
    private static final int WITHIN_LEVEL = 3;
    static final int CLOSE_LEVEL = 4;
    static final int ELSE_LEVEL = 7;

    private final PersonField field;
    private final PersonField otherNameField;
    NameComparison(PersonField field, PersonField otherNameField) {
        this.field = field;
        this.otherNameField = otherNameField;
    }

    @Override
    public String name() {
        return field.column();
    }

    @Override
    public List<String> levels() {
        return List.of("exact", "variant or nickname", "one name within the other", "Jaro-Winkler >= 0.92",
                "sounds alike", "Jaro-Winkler >= 0.80", "else");
    }

    /** The level of the names as given, before looking for a swap. */
    private ColumnLevels straightLevels(ValueColumn names, NameCodes codes) {
        return new ColumnLevels(names, (left, right, a, b) -> {
            if (codes.areVariants(a, b)) {
                return 2;
            }
            double similarity = JaroWinkler.similarity(names.valueOfCode(a), names.valueOfCode(b));
            if (similarity >= CLOSE) {
                return CLOSE_LEVEL;
            }
            if (codes.soundAlike(a, b, similarity)) {
                return 5;
            }
            return similarity >= LOOSE ? 6 : ELSE_LEVEL;
        });
    }

    /**
     * Whether a record's name is the other record's other name (its first name is their surname, say), and its own
     * other name is either missing or at least close to the other record's name: names entered the other way round,
     * or a single name entered in the wrong field.
     */
    private static boolean crossed(String name, String ownOtherName, String theirOtherName, String theirName) {
        return name.equals(theirOtherName) && (ownOtherName == null || closeOrBetter(ownOtherName, theirName));
    }

    private static boolean closeOrBetter(String one, String other) {
        return one.equals(other) || NameVariants.standard().areVariants(one, other) || JaroWinkler.similarity(one, other) >= CLOSE;
    }

    @Override
    public boolean adjustsForTermFrequency() {
        return true;
    }

    @Override
    public Levels prepare(RecordTable table) {
        ValueColumn names = table.column(field, Normalisation.LETTERS);
        ValueColumn otherNames = table.column(otherNameField, Normalisation.LETTERS);
        ColumnLevels straightLevels = straightLevels(names, table.nameCodes(field));
        CompoundNames compoundNames = new CompoundNames(table.column(field, Normalisation.NAME_WORDS));
        return new Levels() {
            @Override
            public int level(int left, int right) {
                int straight = straightLevels.level(left, right);
                if (straight <= VARIANT_LEVEL) {
                    return straight;
                }
                if (compoundNames.oneWithinTheOther(left, right)) {
                    return WITHIN_LEVEL;
                }
                if (straight == CLOSE_LEVEL) {
                    return straight;
                }
                boolean swapped = crossed(names.value(left), otherNames.value(left), otherNames.value(right),
                        names.value(right))
                        || crossed(names.value(right), otherNames.value(right), otherNames.value(left),
                        names.value(left));
                return swapped ? CLOSE_LEVEL : straight;
            }

            @Override
            public ValueColumn terms() {
                return names;
            }
        };
    }
}
