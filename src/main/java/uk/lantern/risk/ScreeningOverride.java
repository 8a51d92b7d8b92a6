package uk.lantern.risk;

/**
 * A practitioner's professional judgement replacing the computed level. {@link CseScreening#override} checks it.
 *
 * @param level     the level the practitioner decided on, higher or lower than the computed one
 * @param narrative what the practitioner knows that the indicators do not show (required, at most
 *                  {@value #MAX_NARRATIVE_LENGTH} characters)
 * @param reason    why the computed level is wrong for this child (required, at most {@value #MAX_REASON_LENGTH}
 *                  characters)
 */
public record ScreeningOverride(ScreeningLevel level, String narrative, String reason) {

    public static final int MAX_NARRATIVE_LENGTH = 4000;
    public static final int MAX_REASON_LENGTH = 1000;
}
