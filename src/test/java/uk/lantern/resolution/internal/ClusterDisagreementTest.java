package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionModel.ComparisonParameters;
import uk.lantern.resolution.ResolutionModel.LevelParameters;
import uk.lantern.resolution.ResolutionSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.lantern.resolution.internal.People.person;

class ClusterDisagreementTest {

    /**
     * A model like the one trained on the historical figures: one person's first names differ in 16% of pairs and
     * dates of birth are at a level that weighs against in 5%, so two records of "Sidney" and "John" Pelham at one
     * address born 38 years apart still score as a match on their own.
     */
    private static final ResolutionModel MODEL = new ResolutionModel(0.01, List.of(
            comparison(new NameComparison(PersonField.FIRST_NAME,
                            PersonField.SURNAME),
                    new double[] {0.70, 0.02, 0.02, 0.05, 0.02, 0.03, 0.16},
                    new double[] {0.01, 0.003, 0.001, 0.002, 0.005, 0.01, 0.969}),
            comparison(new NameComparison(PersonField.SURNAME,
                            PersonField.FIRST_NAME),
                    new double[] {0.85, 0.01, 0.01, 0.05, 0.01, 0.01, 0.06},
                    new double[] {0.005, 0.001, 0.001, 0.003, 0.002, 0.004, 0.984}),
            comparison(new DateOfBirthComparison(),
                    new double[] {0.60, 0.30, 0.01, 0.02, 0.01, 0.01, 0.01, 0.01, 0.016, 0.014},
                    new double[] {0.002, 0.02, 0.0001, 0.001, 0.001, 0.001, 0.016, 0.014, 0.32, 0.6249}),
            comparison(new PostcodeComparison(),
                    new double[] {0.75, 0.08, 0.02, 0.07, 0.08},
                    new double[] {0.0002, 0.0003, 0.0006, 0.011, 0.9879})), 10_000);

    @Test
    void theBinomialTailIsExact() {
        assertThat(ClusterDisagreement.atLeast(0, 5, 0.3)).isCloseTo(1, within(1e-12));
        assertThat(ClusterDisagreement.atLeast(2, 2, 0.5)).isCloseTo(0.25, within(1e-12));
        assertThat(ClusterDisagreement.atLeast(1, 3, 0.1)).isCloseTo(1 - 0.9 * 0.9 * 0.9, within(1e-12));
        assertThat(ClusterDisagreement.atLeast(12, 13, 0.157)).isLessThan(1e-8);
    }

    @Test
    void namesakesAtOneAddressBornAGenerationApartAreTwoPeople() {
        List<PersonRecord> records = new ArrayList<>();
        records.addAll(copies("sidney", "Sidney", "Pelham", "1849-05-16", "S8 8LY", 4));
        records.addAll(copies("john", "John", "Pelham", "1811-06-21", "S8 8LY", 4));
        PairScorer scorer = scorerFor(records);

        assertThat(PairScorer.probability(scorer.weight(0, 4))).as("one pair on its own").isGreaterThan(0.95);
        assertThat(ClusterDisagreement.tellsApart(range(0, 4), range(4, 8), scorer)).isTrue();
    }

    @Test
    void aMaidenAndAMarriedNameAloneDoNotPartOnePerson() {
        List<PersonRecord> records = new ArrayList<>();
        records.addAll(copies("maiden", "Anna", "Children", "1799-03-16", "TN10 4QJ", 4));
        records.addAll(copies("married", "Anna", "Atkins", "1799-03-16", "TN10 4QJ", 4));

        assertThat(ClusterDisagreement.tellsApart(range(0, 4), range(4, 8), scorerFor(records))).isFalse();
    }

    @Test
    void differentNamesAndAddressesTogetherPartTwoUndatedClusters() {
        List<PersonRecord> records = new ArrayList<>();
        records.addAll(copies("sidney", "Sidney", "Pelham", null, "S8 8LY", 6));
        records.addAll(copies("john", "John", "Pelham", null, "M1 1AA", 6));

        assertThat(ClusterDisagreement.tellsApart(range(0, 6), range(6, 12), scorerFor(records))).isTrue();
    }

    @Test
    void aSingleRecordIsJudgedByItsPairsAlone() {
        List<PersonRecord> records = new ArrayList<>();
        records.addAll(copies("sidney", "Sidney", "Pelham", "1849-05-16", "S8 8LY", 1));
        records.addAll(copies("john", "John", "Pelham", "1811-06-21", "S8 8LY", 4));

        assertThat(ClusterDisagreement.tellsApart(range(0, 1), range(1, 5), scorerFor(records))).isFalse();
    }

    private static PairScorer scorerFor(List<PersonRecord> records) {
        return new PairScorer(MODEL, new RecordTable(records), ResolutionSettings.defaults());
    }

    private static List<PersonRecord> copies(String prefix, String firstName, String surname, String dob,
            String postcode, int count) {
        return IntStream.range(0, count).mapToObj(i -> person(prefix + i, firstName, surname, dob, postcode)).toList();
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static ComparisonParameters comparison(Comparison comparison, double[] m, double[] u) {
        List<LevelParameters> levels = new ArrayList<>();
        for (int level = 0; level < m.length; level++) {
            levels.add(new LevelParameters(comparison.levels().get(level), m[level], u[level]));
        }
        assertThat(levels).hasSameSizeAs(comparison.levels());
        return new ComparisonParameters(comparison.name(), levels, Map.of(), 0);
    }
}
