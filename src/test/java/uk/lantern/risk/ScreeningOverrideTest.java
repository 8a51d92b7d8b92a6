package uk.lantern.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScreeningOverrideTest {

    private static final String NARRATIVE = "Her foster carer has seen a man in his thirties collect her from the "
            + "end of the road three evenings this week. She came back with a new phone.";
    private static final String REASON = "The pattern of collection and gifts is more serious than one sign of risk.";

    private final CseScreening screening = CseScreening.current();
    private final ScreeningResult computed = screening.screen(ScreeningInput.of("PICKED_UP_IN_CARS"));

    @Test
    void anOverrideKeepsTheComputedLevelAndExplanationAndRecordsThePractitionersLevel() {
        ScreeningOverride judgement = new ScreeningOverride(ScreeningLevel.HIGH, NARRATIVE, REASON);

        ScreeningResult overridden = screening.override(computed, judgement);

        assertThat(overridden.level()).isEqualTo(ScreeningLevel.LOW);
        assertThat(overridden.explanation()).isEqualTo(computed.explanation());
        assertThat(overridden.riskIndicators()).isEqualTo(computed.riskIndicators());
        assertThat(overridden.indicatorSetVersion()).isEqualTo(computed.indicatorSetVersion());
        assertThat(overridden.override()).isEqualTo(judgement);
        assertThat(overridden.isOverridden()).isTrue();
        assertThat(overridden.effectiveLevel()).isEqualTo(ScreeningLevel.HIGH);
    }

    @Test
    void professionalJudgementMayAlsoLowerTheLevel() {
        ScreeningResult overridden = screening.override(computed,
                new ScreeningOverride(ScreeningLevel.NO_INDICATORS, "The car is her grandmother's.", REASON));

        assertThat(overridden.effectiveLevel()).isEqualTo(ScreeningLevel.NO_INDICATORS);
        assertThat(overridden.level()).isEqualTo(ScreeningLevel.LOW);
    }

    @Test
    void overridingAgainReplacesTheEarlierOverrideAndStillKeepsTheComputedLevel() {
        ScreeningResult first = screening.override(computed,
                new ScreeningOverride(ScreeningLevel.MEDIUM, NARRATIVE, REASON));
        ScreeningResult second = screening.override(first,
                new ScreeningOverride(ScreeningLevel.SIGNIFICANT_HARM, "She has now told her teacher.", REASON));

        assertThat(second.level()).isEqualTo(ScreeningLevel.LOW);
        assertThat(second.effectiveLevel()).isEqualTo(ScreeningLevel.SIGNIFICANT_HARM);
    }

    @Test
    void theLevelIsRequired() {
        assertRefused(new ScreeningOverride(null, NARRATIVE, REASON), "level");
    }

    @Test
    void theNarrativeIsRequired() {
        assertRefused(new ScreeningOverride(ScreeningLevel.HIGH, null, REASON), "narrative");
        assertRefused(new ScreeningOverride(ScreeningLevel.HIGH, "  \n", REASON), "narrative");
    }

    @Test
    void theReasonIsRequired() {
        assertRefused(new ScreeningOverride(ScreeningLevel.HIGH, NARRATIVE, null), "reason");
        assertRefused(new ScreeningOverride(ScreeningLevel.HIGH, NARRATIVE, ""), "reason");
    }

    @Test
    void theNarrativeMayBe4000CharactersButNoMore() {
        screening.override(computed, new ScreeningOverride(ScreeningLevel.HIGH, "n".repeat(4000), REASON));

        assertThatThrownBy(() -> screening.override(computed,
                new ScreeningOverride(ScreeningLevel.HIGH, "n".repeat(4001), REASON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("narrative: must be 4000 characters or fewer");
    }

    @Test
    void theReasonMayBe1000CharactersButNoMore() {
        screening.override(computed, new ScreeningOverride(ScreeningLevel.HIGH, NARRATIVE, "r".repeat(1000)));

        assertThatThrownBy(() -> screening.override(computed,
                new ScreeningOverride(ScreeningLevel.HIGH, NARRATIVE, "r".repeat(1001))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason: must be 1000 characters or fewer");
    }

    private void assertRefused(ScreeningOverride override, String field) {
        assertThatThrownBy(() -> screening.override(computed, override))
                .isInstanceOf(InvalidScreeningInputException.class)
                .hasMessageStartingWith(field + ": ")
                .satisfies(thrown -> assertThat(((InvalidScreeningInputException) thrown).field()).isEqualTo(field));
    }
}
