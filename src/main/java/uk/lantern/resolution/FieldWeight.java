package uk.lantern.resolution;

/**
 * What one comparison contributed to a pair's score.
 *
 * @param comparison the comparison's name, for example {@code first_name}
 * @param level the comparison level the pair reached, for example {@code Jaro-Winkler >= 0.92}
 * @param matchWeight log2 of the level's Bayes factor m/u, including the term-frequency adjustment; 0 when either
 *     record lacks the field
 * @param termFrequencyAdjustment the part of {@code matchWeight} that comes from how common the agreeing value is:
 *     negative for a common surname, positive for a rare one, 0 where no adjustment applies
 */
public record FieldWeight(String comparison, String level, double matchWeight, double termFrequencyAdjustment) {
}
