package uk.lantern.resolution;

/**
 * The thresholds that turn match probabilities into decisions, and the seed that makes training repeatable.
 *
 * @param matchThreshold a pair at or above this match probability is linked without review
 * @param reviewThreshold a pair at or above this probability, but below the match threshold, goes to review
 * @param seed the seed for the random pairs that estimate the u-probabilities, so that training is repeatable
 */
public record ResolutionSettings(double matchThreshold, double reviewThreshold, long seed) {

    public ResolutionSettings {
        if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold < 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < review <= match < 1, got review "
                    + reviewThreshold + " and match " + matchThreshold);
        }
    }

    /**
     * A pair at 0.7 or more is linked, one from 0.3 to 0.7 goes to review: on the labelled sets the match threshold
     * can move from 0.7 to 0.9 at a cost of about 0.005 in F1, so 0.7 is not a knife edge.
     */
    public static ResolutionSettings defaults() {
        return new ResolutionSettings(0.7, 0.3, 42);
    }

    public MatchClass classify(double probability) {
        if (probability >= matchThreshold) {
            return MatchClass.MATCH;
        }
        return probability >= reviewThreshold ? MatchClass.REVIEW : MatchClass.NON_MATCH;
    }
}
