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
 * matches by EM on the pairs that blocking puts forward, and term frequencies from the records. The prior from EM is
 * bounded by the pairs that are certain (see {@link CertainPairs}): where many people share a name, EM's share of
 * matches among the candidate pairs swells with namesakes, and the bound holds it to what the certain pairs allow.
 */
public final class Training {

    /** A session of pairs that are one person, with fewer pairs than this, says too little to outrank the others. */
    static final int FEWEST_PAIRS_IN_A_SESSION_OF_ONE_PERSON = 50;
    /**
     * The prior may be at most the share of certain pairs (see {@link CertainPairs}) divided by this: it assumes
     * that at least one true pair in twenty agrees exactly on first name, surname and a complete date of birth or on
     * an identifier. The historical figures set, the most corrupted of the labelled sets, has one in eight.
     */
    static final double LEAST_SHARE_OF_MATCHES_THAT_ARE_CERTAIN = 0.05;

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
        double fitted = Math.max(matchShare * candidates.length, 1) / allPairs;
        long certain = CertainPairs.count(table, comparisons, vectors, candidates);
        double bound = certain == 0 ? 1 : certain / LEAST_SHARE_OF_MATCHES_THAT_ARE_CERTAIN / allPairs;
        double prior = Math.min(0.5, Math.min(fitted, bound));
        List<ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < levels.length; c++) {
            parameters.add(parametersOf(comparisons.get(c), vectors.comparison(c), m[c], u[c]));
        }
        return new ResolutionModel(prior, parameters, records.size());
    }

    /** Whether every comparison the model names exists with the levels the model has parameters for. */
    public static boolean fitsComparisons(ResolutionModel model) {
        for (ComparisonParameters parameters : model.comparisons()) {
            List<String> labels = parameters.levels().stream().map(LevelParameters::label).toList();
            boolean known = PersonField.forColumn(parameters.name()).map(Comparisons::exists).orElse(false);
            if (!known || !Comparisons.named(parameters.name()).levels().equals(labels)) {
                return false;
            }
        }
        return true;
    }

    private static Set<PersonField> fieldsOf(List<Comparison> comparisons) {
        return comparisons.stream().map(comparison -> PersonField.forColumn(comparison.name()).orElseThrow())
                .collect(Collectors.toSet());
    }

    /**
     * The m-probabilities, Splink's way: one EM session per training rule, on the pairs that rule blocks, with u
     * held at its random-pair values. A session does not estimate (nor even look at) the comparisons of the fields
     * it blocks on. Each comparison's m is the mean over the sessions that estimated it, except that sessions whose
     * pairs are nearly all one person (those sharing an NHS number, say, or a first name, surname and complete date of
     * birth; see {@link BlockingRules#pairsAreOnePerson}), where there are enough of their pairs, outrank the others:
     * pairs that share a name or an address include namesakes and relatives, who agree on everything but a first
     * name or a date of birth, and EM then takes them for matches whose dates of birth often differ.
     */
    private static double[][] mFromSessions(RecordTable table, ComparisonVectors vectors, List<Comparison> comparisons,
            int[] levels, double[][] u, List<BlockingRule> sessions) {
        double[][] start = startingM(levels);
        MeanEstimates byOnePerson = new MeanEstimates(levels);
        MeanEstimates byOthers = new MeanEstimates(levels);
        for (BlockingRule session : sessions) {
            Set<Integer> blocked = new HashSet<>();
            for (int c = 0; c < comparisons.size(); c++) {
                if (session.fields().contains(PersonField.forColumn(comparisons.get(c).name()).orElseThrow())) {
                    blocked.add(c);
                }
            }
            long[] pairs = CandidatePairs.all(table, List.of(session));
            boolean onePerson = BlockingRules.pairsAreOnePerson(session);
            Patterns patterns = Patterns.of(vectors, pairs, levels, blocked);
            if (patterns.levels().length == 0
                    || onePerson && pairs.length < FEWEST_PAIRS_IN_A_SESSION_OF_ONE_PERSON) {
                continue;
            }
            double[][] m = ExpectationMaximisation.fit(patterns.levels(), patterns.counts(), start, u, 0.01, true,
                    false).m();
            (onePerson ? byOnePerson : byOthers).add(m, blocked);
        }
        for (int c = 0; c < levels.length; c++) {
            MeanEstimates best = byOnePerson.estimated(c) ? byOnePerson : byOthers;
            if (best.estimated(c)) {
                start[c] = best.mean(c);
            }
        }
        return start;
    }

    /** The sum of several sessions' m-probabilities for each comparison, and how many sessions estimated it. */
    private static final class MeanEstimates {
        private final double[][] sum;
        private final int[] sessions;

        MeanEstimates(int[] levels) {
            sum = new double[levels.length][];
            sessions = new int[levels.length];
            for (int c = 0; c < levels.length; c++) {
                sum[c] = new double[levels[c]];
            }
        }

        void add(double[][] m, Set<Integer> notEstimated) {
            for (int c = 0; c < sum.length; c++) {
                if (!notEstimated.contains(c)) {
                    sessions[c]++;
                    for (int level = 0; level < sum[c].length; level++) {
                        sum[c][level] += m[c][level];
                    }
                }
            }
        }

        boolean estimated(int c) {
            return sessions[c] > 0;
        }

        double[] mean(int c) {
            double[] mean = new double[sum[c].length];
            for (int level = 0; level < mean.length; level++) {
                mean[level] = sum[c][level] / sessions[c];
            }
            return mean;
        }
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
