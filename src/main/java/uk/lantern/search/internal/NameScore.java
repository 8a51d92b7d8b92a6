package uk.lantern.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import uk.lantern.resolution.NameAgreement;
import uk.lantern.resolution.NameComparisons;

/**
 * How well a record's names answer the name searched for, by entity resolution's levels: each word searched for is
 * compared with each of the record's names (and each word of a compound name), and takes its best level. A record
 * matches only when every word agrees at some level; its score is the mean of the words' levels.
 */
final class NameScore {

    private static final Map<NameAgreement, Double> WEIGHTS = Map.of(NameAgreement.EXACT, 1.0,
            NameAgreement.VARIANT, 0.9, NameAgreement.CLOSE, 0.8, NameAgreement.SOUNDS_ALIKE, 0.7,
            NameAgreement.LOOSE, 0.5, NameAgreement.NONE, 0.0);

    private final NameComparisons names;
    private final List<String> words;

    NameScore(NameComparisons names, List<String> words) {
        this.names = names;
        this.words = List.copyOf(words);
    }

    /** The score from 0 (exclusive) to 1, or empty when some word agrees with none of the record's names. */
    OptionalDouble of(String firstName, String surname) {
        if (words.isEmpty()) {
            return OptionalDouble.of(1);
        }
        List<String> recordNames = namesOf(firstName, surname);
        double total = 0;
        for (String word : words) {
            NameAgreement best = NameAgreement.NONE;
            for (String recordName : recordNames) {
                NameAgreement agreement = names.compare(word, recordName);
                if (agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                }
            }
            if (!best.agrees()) {
                return OptionalDouble.empty();
            }
            total += WEIGHTS.get(best);
        }
        return OptionalDouble.of(total / words.size());
    }

    private static List<String> namesOf(String firstName, String surname) {
        List<String> recordNames = new ArrayList<>();
        for (String name : new String[] {firstName, surname}) {
            if (name == null) {
                continue;
            }
            recordNames.add(name);
            String[] parts = name.split("[\\s-]+");
            if (parts.length > 1) {
                recordNames.addAll(List.of(parts));
            }
        }
        return recordNames;
    }
}
