package uk.lantern.risk;

import java.util.List;

/**
 * The outcome of a screening. It is advice: the level is worked out from the indicators alone, and a practitioner's
 * override, when there is one, is kept beside it rather than replacing it, so that both can be seen later.
 *
 * @param indicatorSetVersion the version of the indicator set, and so of the rules, that produced this result
 * @param level               the level worked out from the indicators
 * @param harmIndicators      the signs of harm found, in indicator set order
 * @param riskIndicators      the signs of risk found, in indicator set order
 * @param explanation         the rule that set {@link #level}, in words a practitioner understands
 * @param override            the practitioner's override, or null when the computed level stands
 */
public record ScreeningResult(int indicatorSetVersion, ScreeningLevel level, List<Indicator> harmIndicators,
                              List<Indicator> riskIndicators, String explanation, ScreeningOverride override) {

    /** Shown with every result, because the screening must never be mistaken for a decision. */
    public static final String ADVICE = "This screening is advice. Your professional judgement decides: if the level "
            + "is wrong for this child, override it and say why.";

    public ScreeningResult {
        harmIndicators = List.copyOf(harmIndicators);
        riskIndicators = List.copyOf(riskIndicators);
    }

    public boolean isOverridden() {
        return override != null;
    }

    /** The level to act on: the practitioner's when they have overridden it, otherwise the computed one. */
    public ScreeningLevel effectiveLevel() {
        return override != null ? override.level() : level;
    }
}
