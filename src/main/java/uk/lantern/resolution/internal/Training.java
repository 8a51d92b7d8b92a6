package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.lantern.resolution.PersonField;
import uk.lantern.resolution.PersonRecord;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionModel.ComparisonParameters;
import uk.lantern.resolution.ResolutionModel.LevelParameters;

/**
 * Trains a model without labels, as Splink does: u-probabilities from random pairs, m-probabilities and the share of
 * matches by EM on the pairs that blocking puts forward, and term frequencies from the records.
 */
public final class Training {


    private Training() {
    }

    public static ResolutionModel train(List<PersonRecord> records, long seed) {
        if (records.size() < 2) {
            throw new IllegalArgumentException("Training needs at least two records, got " + records.size());
        }
        RecordTable table = new RecordTable(records);
        List<Comparison> comparisons = Comparisons.forRecordsOf(table);
        int[] levels = comparisons.stream().mapToInt(comparison -> comparison.levels().size()).toArray();
        ComparisonVectors vectors = new ComparisonVectors(comparisons, table);

        long[][] randomCounts = RandomPairs.levelCounts(vectors, levels, table.size(), seed);
        double[][] u = new double[levels.length][];
        for (int c = 0; c < levels.length; c++) {
            u[c] = RandomPairs.probabilities(randomCounts[c]);
        }

        Set<PersonField> fields = fieldsOf(comparisons);
        double[][] m = mFromSessions(table, vectors, comparisons, levels, u, BlockingRules.forTraining(fields));

        long[] candidates = CandidatePairs.all(table, BlockingRules.forFields(fields));
        Patterns all = Patterns.of(vectors, candidates, levels, Set.of());
        double matchShare = ExpectationMaximisation.fit(all.levels(), all.counts(), m, u, 0.01, false, false)
                .matchShare();

        double allPairs = (double) table.size() * (table.size() - 1) / 2;
        double prior = Math.min(0.5, Math.max(matchShare * candidates.length, 1) / allPairs);
        List<ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            parameters.add(parametersOf(comparisons.get(c), vectors.comparison(c), m[c], u[c]));
        }
        return new ResolutionModel(prior, parameters, records.size());
    }

    private static Set<PersonField> fieldsOf(List<Comparison> comparisons) {
        return comparisons.stream().map(comparison -> PersonField.forColumn(comparison.name()).orElseThrow())
                .collect(Collectors.toSet());
    }

    /**
     * The m-probabilities, Splink's way: one EM session per training rule, on the pairs that rule blocks, with u
     * held at its random-pair values. A session does not estimate (nor even look at) the comparisons of the fields
     * it blocks on. Each comparison's m is the mean over the sessions that estimated it.
     */
    private static double[][] mFromSessions(RecordTable table, ComparisonVectors vectors, List<Comparison> comparisons,
            int[] levels, double[][] u, List<BlockingRule> sessions) {
        double[][] start = startingM(levels);
        double[][] sum = new double[levels.length][];
        int[] estimates = new int[levels.length];
        for (int c = 0; c < levels.length; c++) {
            sum[c] = new double[levels[c]];
        }
        for (BlockingRule session : sessions) {
            Set<Integer> blocked = new HashSet<>();
            for (int c = 0; c < comparisons.size(); c++) {
                if (session.fields().contains(PersonField.forColumn(comparisons.get(c).name()).orElseThrow())) {
                    blocked.add(c);
                }
            }
            Patterns patterns = Patterns.of(vectors, CandidatePairs.all(table, List.of(session)), levels, blocked);
            if (patterns.levels().length == 0) {
                continue;
            }
            double[][] m = ExpectationMaximisation.fit(patterns.levels(), patterns.counts(), start, u, 0.01, true,
                    false).m();
            for (int c = 0; c < levels.length; c++) {
                if (!blocked.contains(c)) {
                    estimates[c]++;
                    for (int level = 0; level < levels[c]; level++) {
                        sum[c][level] += m[c][level];
                    }
                }
            }
        }
        for (int c = 0; c < levels.length; c++) {
            if (estimates[c] > 0) {
                for (int level = 0; level < levels[c]; level++) {
                    start[c][level] = sum[c][level] / estimates[c];
                }
            }
        }
        return start;
    }

    /** Matches mostly agree exactly; the fuzzier levels share the rest, and "else" is rare among matches. */
    private static double[][] startingM(int[] levels) {
        double[][] m = new double[levels.length][];
        for (int c = 0; c < levels.length; c++) {
            int n = levels[c];
            m[c] = new double[n];
            m[c][0] = n == 2 ? 0.9 : 0.8;
            for (int level = 1; level < n - 1; level++) {
                m[c][level] = 0.18 / (n - 2);
            }
            m[c][n - 1] = n == 2 ? 0.1 : 0.02;
        }
        return m;
    }

    private static ComparisonParameters parametersOf(Comparison comparison, Comparison.Levels prepared, double[] m,
            double[] u) {
        List<LevelParameters> levels = new ArrayList<>();
        for (int level = 0; level < m.length; level++) {
            levels.add(new LevelParameters(comparison.levels().get(level), m[level], u[level]));
        }
        Map<String, Integer> termCounts = new HashMap<>();
        long termTotal = 0;
        if (comparison.adjustsForTermFrequency()) {
            ValueColumn terms = prepared.terms();
            for (int code = 0; code < terms.distinctValues(); code++) {
                if (terms.countOfCode(code) > 1) {
                    termCounts.put(terms.valueOfCode(code), terms.countOfCode(code));
                }
            }
            termTotal = terms.present();
        }
        return new ComparisonParameters(comparison.name(), levels, termCounts, termTotal);
    }
}
