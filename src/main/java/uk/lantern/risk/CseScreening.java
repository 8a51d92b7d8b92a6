package uk.lantern.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import uk.lantern.risk.internal.Assessment;
import uk.lantern.risk.internal.IndicatorSetFiles;
import uk.lantern.risk.internal.LevelRules;
import uk.lantern.risk.internal.PublishedIndicatorSet;

/**
 * Advisory CSE screening: from the indicators a practitioner selected, a level and the rule that set it.
 * <p>
 * The screening never decides anything. It is there to make sure indicators are noticed and explained; the
 * practitioner's professional judgement decides, and {@link #override} records it beside the computed level.
 * <p>
 * Protected characteristics (ethnicity, nationality, religion) arrive with the input but are never read: only the
 * indicator codes reach the level rules, and a property-based test holds the screening to that.
 */
public final class CseScreening {

    private final IndicatorSet indicatorSet;
    private final LevelRules levelRules;

    private CseScreening(PublishedIndicatorSet published) {
        this.indicatorSet = published.indicatorSet();
        this.levelRules = published.levelRules();
    }

    /** The screening on the current indicator set, the one new screenings use. */
    public static CseScreening current() {
        return new CseScreening(IndicatorSetFiles.current());
    }

    /**
     * The screening on an earlier or later published version, to re-explain a stored result.
     *
     * @throws IllegalArgumentException when no such version is published
     */
    public static CseScreening forVersion(int version) {
        return new CseScreening(IndicatorSetFiles.load(version));
    }

    public IndicatorSet indicatorSet() {
        return indicatorSet;
    }

    /**
     * Screens one child's indicators.
     *
     * @throws InvalidScreeningInputException on field {@code indicatorCodes} when a code is empty or not in this
     *                                        version of the indicator set, naming the code
     */
    public ScreeningResult screen(ScreeningInput input) {
        Objects.requireNonNull(input, "input");
        Set<String> selected = input.indicatorCodes();
        for (String code : selected) {
            if (code == null || code.isBlank()) {
                throw new InvalidScreeningInputException("indicatorCodes", "an indicator code is empty");
            }
            if (indicatorSet.find(code).isEmpty()) {
                throw new InvalidScreeningInputException("indicatorCodes", "'" + code
                        + "' is not an indicator in CSE indicator set version " + indicatorSet.version());
            }
        }
        return screenIndicators(selected);
    }

    // Deliberately takes the codes alone, so that nothing else about the child can reach the rules.
    private ScreeningResult screenIndicators(Set<String> selected) {
        List<Indicator> harm = new ArrayList<>();
        List<Indicator> risk = new ArrayList<>();
        for (Indicator indicator : indicatorSet.indicators()) {
            if (selected.contains(indicator.code())) {
                (indicator.kind() == IndicatorKind.HARM ? harm : risk).add(indicator);
            }
        }
        Assessment assessment = levelRules.assess(harm, risk);
        return new ScreeningResult(indicatorSet.version(), assessment.level(), harm, risk, assessment.explanation(),
                null);
    }

    /**
     * Records a practitioner's professional judgement. The result keeps the computed level and its explanation and
     * adds the override; {@link ScreeningResult#effectiveLevel()} is then the practitioner's level. Overriding an
     * overridden result replaces the earlier override: keeping the history is for whoever stores the results.
     *
     * @throws InvalidScreeningInputException on field {@code level}, {@code narrative} or {@code reason} when the
     *                                        override is incomplete or too long
     */
    public ScreeningResult override(ScreeningResult original, ScreeningOverride override) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(override, "override");
        if (override.level() == null) {
            throw new InvalidScreeningInputException("level", "choose the level you have decided on");
        }
        requireText("narrative", override.narrative(), ScreeningOverride.MAX_NARRATIVE_LENGTH,
                "describe what you know about the child that the indicators do not show");
        requireText("reason", override.reason(), ScreeningOverride.MAX_REASON_LENGTH,
                "say why the computed level is not right for this child");
        return new ScreeningResult(original.indicatorSetVersion(), original.level(), original.harmIndicators(),
                original.riskIndicators(), original.explanation(), override);
    }

    private static void requireText(String field, String text, int maxLength, String whenMissing) {
        if (text == null || text.isBlank()) {
            throw new InvalidScreeningInputException(field, "is required: " + whenMissing);
        }
        if (text.length() > maxLength) {
            throw new InvalidScreeningInputException(field, "must be " + maxLength + " characters or fewer");
        }
    }
}
