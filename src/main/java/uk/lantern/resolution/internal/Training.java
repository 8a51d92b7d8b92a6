package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /** EM sees at most this many blocked pairs, spread evenly over all of them; more adds time, not accuracy. */
    static final int EM_PAIRS = 3_000_000;
    private static final int CHUNKS = 64;

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

        long[] candidates = CandidatePairs.all(table, BlockingRules.forFields(fieldsOf(comparisons)));
        Map<Long, Long> patterns = patternCounts(vectors, candidates);
        int[][] patternLevels = new int[patterns.size()][];
        long[] counts = new long[patterns.size()];
        int p = 0;
        for (Map.Entry<Long, Long> pattern : patterns.entrySet()) {
            patternLevels[p] = new int[levels.length];
            for (int c = 0; c < levels.length; c++) {
                patternLevels[p][c] = vectors.levelIn(pattern.getKey(), c, levels[c]);
            }
            counts[p++] = pattern.getValue();
        }
        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(patternLevels, counts,
                startingM(levels), u, 0.1);

        double allPairs = (double) table.size() * (table.size() - 1) / 2;
        double prior = Math.min(0.5, Math.max(estimate.matchShare() * candidates.length, 1) / allPairs);
        List<ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            parameters.add(parametersOf(comparisons.get(c), vectors.comparison(c), estimate.m()[c], u[c]));
        }
        return new ResolutionModel(prior, parameters, records.size());
    }

    private static Set<PersonField> fieldsOf(List<Comparison> comparisons) {
        return comparisons.stream().map(comparison -> PersonField.forColumn(comparison.name()).orElseThrow())
                .collect(Collectors.toSet());
    }

    private static Map<Long, Long> patternCounts(ComparisonVectors vectors, long[] candidates) {
        int step = Math.max(1, candidates.length / EM_PAIRS);
        return IntStream.range(0, CHUNKS).parallel().mapToObj(chunk -> {
            Map<Long, Long> counts = new HashMap<>();
            for (long at = (long) chunk * step; at < candidates.length; at += (long) CHUNKS * step) {
                long pair = candidates[(int) at];
                counts.merge(vectors.pattern(PairList.left(pair), PairList.right(pair)), 1L, Long::sum);
            }
            return counts;
        }).reduce((one, other) -> {
            other.forEach((pattern, count) -> one.merge(pattern, count, Long::sum));
            return one;
        }).orElseThrow();
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
