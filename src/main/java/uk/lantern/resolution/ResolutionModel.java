package uk.lantern.resolution;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The trained parameters of the Fellegi–Sunter model: the prior, and for each comparison the m- and u-probability of
 * each level with the term frequencies of the values it adjusts for. Plain data, so it can be stored as JSON and
 * used again to resolve new records without training.
 *
 * @param matchPrior the probability that two records picked at random are the same person
 * @param comparisons the comparisons in scoring order
 * @param trainingRecords how many records the model was trained on
 */
public record ResolutionModel(double matchPrior, List<ComparisonParameters> comparisons, long trainingRecords) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One in a billion: far below any review threshold. */
    private static final double UNTRAINED_PRIOR = 1e-9;

    public ResolutionModel {
        comparisons = List.copyOf(comparisons);
    }

    /**
     * The model in use before any is trained: it compares no field, so no two records are ever linked by it and only
     * analysts' decisions join or part records.
     */
    public static ResolutionModel untrained() {
        return new ResolutionModel(UNTRAINED_PRIOR, List.of(), 0);
    }

    /**
     * One comparison's parameters.
     *
     * @param name the comparison, which also says which fields it reads and how
     * @param levels from the strongest agreement to "else"; the level for a missing value is not listed: it weighs 0
     * @param termCounts how often each value occurs, for the values that occur more than once; only comparisons with
     *     a term-frequency adjustment have any
     * @param termTotal how many training records have a value for the field
     */
    public record ComparisonParameters(String name, List<LevelParameters> levels, Map<String, Integer> termCounts,
            long termTotal) {

        public ComparisonParameters {
            levels = List.copyOf(levels);
            termCounts = Map.copyOf(termCounts);
        }
    }

    /**
     * One comparison level.
     *
     * @param label what the level means, for example {@code one typo}
     * @param m the probability of this level among pairs of records about the same person
     * @param u the probability of this level among pairs of records about different people
     */
    public record LevelParameters(String label, double m, double u) {

        /** log2(m/u): how much this level moves the odds of a match. */
        public double weight() {
            return Math.log(m / u) / Math.log(2);
        }
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ResolutionModel fromJson(String json) {
        return JSON.readValue(json, ResolutionModel.class);
    }
}
