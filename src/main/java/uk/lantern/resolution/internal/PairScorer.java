package uk.lantern.resolution.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.resolution.FieldWeight;
import uk.lantern.resolution.PairComparison;
import uk.lantern.resolution.ResolutionModel;
import uk.lantern.resolution.ResolutionModel.ComparisonParameters;
import uk.lantern.resolution.ResolutionSettings;

/**
 * Scores pairs of one table with a trained model: the prior weight plus, for each comparison, log2(m/u) of the level
 * the pair reaches. Where the pair agrees exactly on a value whose comparison adjusts for term frequency, u is that
 * value's own frequency rather than the average chance of agreeing: two records agreeing on "Smith" say less than
 * two agreeing on "Szczepanski". Relatives break the model's assumption that fields are independent evidence, so
 * {@link Kinship}'s rules then cap the weight: below the review threshold where a rule rules the pair out, inside the
 * review band where it needs an analyst.
 */
public final class PairScorer {

    /** The name under which a kinship rule's cap appears among a pair's field weights. */
    static final String RELATIONSHIP = "relationship";
    private static final double LOG2 = Math.log(2);

    private final RecordTable table;
    private final ResolutionSettings settings;
    private final List<ComparisonParameters> parameters;
    private final List<Comparison.Levels> comparisons;
    private final double priorWeight;
    private final double[][] levelWeights;
    private final double[][] termAdjustments;
    /** For each comparison, the share of one person's pairs (by the model's m) at levels that speak against. */
    private final double[] disagreementChances;
    private final Kinship kinship;
    private final double reviewWeight;
    /** The weight a pair that kinship rules out is held to: below review, so it does not fill the queue. */
    private final double ruledOutWeight;
    /** The weight a pair that needs an analyst is held to: inside the review band. */
    private final double reviewOnlyWeight;

    PairScorer(ResolutionModel model, RecordTable table, ResolutionSettings settings) {
        this.table = table;
        this.settings = settings;
        this.parameters = model.comparisons();
        this.comparisons = parameters.parallelStream().map(p -> Comparisons.named(p.name()).prepare(table)).toList();
        this.priorWeight = log2(model.matchPrior() / (1 - model.matchPrior()));
        this.levelWeights = new double[parameters.size()][];
        this.termAdjustments = new double[parameters.size()][];
        this.disagreementChances = new double[parameters.size()];
        for (int c = 0; c < parameters.size(); c++) {
            ComparisonParameters comparison = parameters.get(c);
            levelWeights[c] = new double[comparison.levels().size() + 1];
            for (int level = 1; level <= comparison.levels().size(); level++) {
                levelWeights[c][level] = comparison.levels().get(level - 1).weight();
                if (levelWeights[c][level] < 0) {
                    disagreementChances[c] += comparison.levels().get(level - 1).m();
                }
            }
            if (comparison.termTotal() > 0) {
                termAdjustments[c] = termAdjustments(comparison, comparisons.get(c).terms());
            }
        }
        this.kinship = new Kinship(parameters.stream().map(ComparisonParameters::name).toList(), comparisons,
                levelWeights);
        this.reviewWeight = weightOf(settings.reviewThreshold());
        this.ruledOutWeight = reviewWeight - 1;
        this.reviewOnlyWeight = (reviewWeight + weightOf(settings.matchThreshold())) / 2;
    }

    private static double[] termAdjustments(ComparisonParameters comparison, ValueColumn terms) {
        double exactU = comparison.levels().get(0).u();
        double[] adjustments = new double[terms.distinctValues()];
        for (int code = 0; code < adjustments.length; code++) {
            int count = comparison.termCounts().getOrDefault(terms.valueOfCode(code), 1);
            adjustments[code] = log2(exactU * comparison.termTotal() / count);
        }
        return adjustments;
    }

    double priorWeight() {
        return priorWeight;
    }

    int comparisonCount() {
        return comparisons.size();
    }

    String comparisonName(int comparison) {
        return parameters.get(comparison).name();
    }

    /** The level the pair reaches on one comparison; {@link Comparison#MISSING_LEVEL} where either lacks the field. */
    int level(int comparison, int left, int right) {
        return comparisons.get(comparison).level(left, right);
    }

    /** Whether a level of one comparison is evidence that the records are two people: it weighs less than nothing. */
    boolean weighsAgainst(int comparison, int level) {
        return level != Comparison.MISSING_LEVEL && levelWeights[comparison][level] < 0;
    }

    /** How often, by the model, two records of one person disagree on the comparison where both have the field. */
    double disagreementChance(int comparison) {
        return disagreementChances[comparison];
    }

    double weight(int left, int right) {
        double weight = fieldsWeight(left, right);
        return Math.min(weight, ceiling(left, right, weight));
    }

    /** The prior weight plus every field's weight, before the kinship rules. */
    private double fieldsWeight(int left, int right) {
        double weight = priorWeight;
        for (int c = 0; c < comparisons.size(); c++) {
            int level = comparisons.get(c).level(left, right);
            weight += levelWeights[c][level] + termAdjustment(c, level, left);
        }
        return weight;
    }

    /**
     * Whether the two records may not be one person through other records: a kinship rule holds them apart (twins
     * too: only an analyst may join them), they carry different NHS numbers, or their dates of birth contradict each
     * other and nothing else strong holds them together (the pair on its own would not even go to review). A record
     * with a mistyped date is still held to its person by the names, address and phone it shares; a namesake born in
     * another year is not.
     */
    boolean contradicts(int left, int right) {
        Kinship.Verdict verdict = kinship.verdict(left, right);
        if (verdict.contradicts() || kinship.identifiersContradict(left, right)) {
            return true;
        }
        if (!kinship.datesContradict(left, right)) {
            return false;
        }
        double weight = fieldsWeight(left, right);
        return Math.min(weight, ceilingOf(verdict, weight)) < reviewWeight;
    }

    /** The most the pair may weigh under the kinship rules; the rules are only read when they could matter. */
    private double ceiling(int left, int right, double weight) {
        if (weight <= ruledOutWeight) {
            return weight;
        }
        return ceilingOf(kinship.verdict(left, right), weight);
    }

    private double ceilingOf(Kinship.Verdict verdict, double weight) {
        if (verdict == Kinship.Verdict.NONE) {
            return weight;
        }
        return verdict.rulesOut() ? ruledOutWeight : reviewOnlyWeight;
    }

    private double termAdjustment(int c, int level, int left) {
        if (level != 1 || termAdjustments[c] == null) {
            return 0;
        }
        return termAdjustments[c][comparisons.get(c).terms().code(left)];
    }

    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    /** The weight at which a pair's probability reaches the given one. */
    static double weightOf(double probability) {
        return log2(probability / (1 - probability));
    }

    PairComparison explain(int left, int right) {
        List<FieldWeight> fields = new ArrayList<>();
        double total = priorWeight;
        for (int c = 0; c < comparisons.size(); c++) {
            int level = comparisons.get(c).level(left, right);
            double adjustment = termAdjustment(c, level, left);
            double weight = levelWeights[c][level] + adjustment;
            String label = level == Comparison.MISSING_LEVEL
                    ? "missing" : parameters.get(c).levels().get(level - 1).label();
            fields.add(new FieldWeight(parameters.get(c).name(), label, weight, adjustment));
            total += weight;
        }
        Kinship.Verdict verdict = kinship.verdict(left, right);
        double ceiling = ceilingOf(verdict, total);
        if (ceiling < total) {
            fields.add(new FieldWeight(RELATIONSHIP, verdict.explanation(), ceiling - total, 0));
            total = ceiling;
        }
        double probability = probability(total);
        return new PairComparison(table.id(left), table.id(right), priorWeight, fields, total, probability,
                settings.classify(probability));
    }

    private static double log2(double value) {
        return Math.log(value) / LOG2;
    }
}
