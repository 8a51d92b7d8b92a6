package uk.lantern.resolution.internal;

import java.util.List;

import uk.lantern.resolution.PersonField;

/**
 * Pairs that are one person beyond reasonable doubt, by deterministic rules in the manner of Splink's estimate of
 * the prior: the same first name, surname and complete date of birth, or the same identifier (NHS number, social
 * security number, email). Their number is a floor under the number of true pairs that does not swell with
 * namesakes: namesakes seldom share a complete date of birth, and relatives never share an identifier.
 */
final class CertainPairs {

    private static final int EXACT = 1;

    private CertainPairs() {
    }

    /** How many of the candidate pairs are certain; blocking puts every such pair forward. */
    static long count(RecordTable table, List<Comparison> comparisons, ComparisonVectors vectors, long[] candidates) {
        int firstName = indexOf(comparisons, PersonField.FIRST_NAME);
        int surname = indexOf(comparisons, PersonField.SURNAME);
        int dateOfBirth = indexOf(comparisons, PersonField.DATE_OF_BIRTH);
        int[] identifiers = BlockingRules.IDENTIFIERS.stream().mapToInt(field -> indexOf(comparisons, field))
                .filter(at -> at >= 0).toArray();
        boolean byName = firstName >= 0 && surname >= 0 && dateOfBirth >= 0;
        ValueColumn dates = table.column(PersonField.DATE_OF_BIRTH, Normalisation.DATE);
        long certain = 0;
        for (long pair : candidates) {
            int left = PairList.left(pair);
            int right = PairList.right(pair);
            boolean sameIdentifier = false;
            for (int identifier : identifiers) {
                sameIdentifier |= vectors.level(identifier, left, right) == EXACT;
            }
            boolean sameNameAndBirth = byName && vectors.level(firstName, left, right) == EXACT
                    && vectors.level(surname, left, right) == EXACT
                    && vectors.level(dateOfBirth, left, right) == EXACT && isComplete(dates.value(left));
            if (sameIdentifier || sameNameAndBirth) {
                certain++;
            }
        }
        return certain;
    }

    private static boolean isComplete(String date) {
        return date != null && date.length() == 8;
    }

    private static int indexOf(List<Comparison> comparisons, PersonField field) {
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c).name().equals(field.column())) {
                return c;
            }
        }
        return -1;
    }
}
