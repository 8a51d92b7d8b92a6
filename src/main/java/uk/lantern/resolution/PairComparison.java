package uk.lantern.resolution;

import java.util.List;

/**
 * A scored pair of records with its explanation: the prior weight plus every field's weight is the total weight,
 * and the total weight gives the match probability.
 *
 * @param leftId one record's id
 * @param rightId the other record's id
 * @param priorWeight log2 of the prior odds that two records picked at random are the same person
 * @param fields each comparison's level and weight, in the model's order
 * @param totalWeight the prior weight plus the fields' weights
 * @param probability the match probability, 2^w / (1 + 2^w) for the total weight w
 * @param classification match, review or non-match under the resolver's thresholds
 */
public record PairComparison(String leftId, String rightId, double priorWeight, List<FieldWeight> fields,
        double totalWeight, double probability, MatchClass classification) {

    public PairComparison {
        fields = List.copyOf(fields);
    }
}
