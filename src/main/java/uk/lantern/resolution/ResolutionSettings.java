package uk.lantern.resolution;

/**
 * The thresholds that turn match probabilities into decisions, and the seed that makes training repeatable.
 *
 * @param matchThreshold a pair at or above this match probability is linked without review
 * @param reviewThreshold a pair at or above this probability, but below the match threshold, goes to review
 * @param seed the seed for the random pairs that estimate the u-probabilities, so that training is repeatable
 */
public record ResolutionSettings(double matchThreshold, double reviewThreshold, long seed) {

    /** The match threshold Lantern runs with, as text for configuration defaults. */
    public static final String MATCH_THRESHOLD = "0.95";
    /** The review threshold Lantern runs with, as text for configuration defaults. */
    public static final String REVIEW_THRESHOLD = "0.3";
    /** The training seed Lantern runs with, as text for configuration defaults. */
    public static final String SEED = "42";

    public ResolutionSettings {
        if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold < 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 < review <= match < 1, got review "
                    + reviewThreshold + " and match " + matchThreshold);
        }
    }

    /**
     * The settings Lantern runs with, which {@code resolution evaluate} also measures by default, so that what is
     * measured is what runs. Only near-certain pairs (0.95 or more) are linked without review: a wrong link joins an
     * innocent adult to a suspect and so to a network, while a pair from 0.3 up still reaches an analyst.
     */
    public static ResolutionSettings defaults() {
        return new ResolutionSettings(Double.parseDouble(MATCH_THRESHOLD), Double.parseDouble(REVIEW_THRESHOLD),
                Long.parseLong(SEED));
    }

    public MatchClass classify(double probability) {
        if (probability >= matchThreshold) {
            return MatchClass.MATCH;
        }
        return probability >= reviewThreshold ? MatchClass.REVIEW : MatchClass.NON_MATCH;
    }
}
