package uk.lantern.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CseScreeningTest {

    private final CseScreening screening = CseScreening.current();

    @Test
    void nothingSelectedGivesNoIndicatorsAndSaysThatIsNotAFindingOfSafety() {
        ScreeningResult result = screening.screen(ScreeningInput.of());

        assertThat(result.level()).isEqualTo(ScreeningLevel.NO_INDICATORS);
        assertThat(result.harmIndicators()).isEmpty();
        assertThat(result.riskIndicators()).isEmpty();
        assertThat(result.explanation()).isEqualTo("No indicators were selected. This does not mean the child is "
                + "safe: record what you know and use your professional judgement.");
    }

    @Test
    void oneSignOfRiskIsLow() {
        ScreeningResult result = screening.screen(ScreeningInput.of("SCHOOL_ABSENCE"));

        assertThat(result.level()).isEqualTo(ScreeningLevel.LOW);
        assertThat(result.riskIndicators()).extracting(Indicator::label)
                .containsExactly("Absent from school or college");
        assertThat(result.explanation()).isEqualTo("Low risk, because 1 sign of risk was selected: absent from "
                + "school or college. Fewer than 2 signs of risk, with no sign of harm, set low risk. A single sign "
                + "still matters: record it and watch for others.");
    }

    @Test
    void twoOrThreeSignsOfRiskWithoutARecognisedPatternAreMedium() {
        ScreeningResult two = screening.screen(ScreeningInput.of("SELF_HARM", "SCHOOL_ABSENCE"));
        ScreeningResult three = screening.screen(ScreeningInput.of("SELF_HARM", "SCHOOL_ABSENCE",
                "SECRETIVE_PHONE_USE"));

        assertThat(two.level()).isEqualTo(ScreeningLevel.MEDIUM);
        assertThat(three.level()).isEqualTo(ScreeningLevel.MEDIUM);
        assertThat(two.explanation()).isEqualTo("Medium risk, because 2 signs of risk were selected: absent from "
                + "school or college; self-harm or thoughts of suicide. From 2 to 3 signs of risk set medium risk "
                + "when they do not include a recognised pattern of exploitation.");
    }

    @Test
    void fourOrMoreSignsOfRiskAreHigh() {
        ScreeningResult result = screening.screen(ScreeningInput.of("SCHOOL_ABSENCE", "SELF_HARM",
                "SECRETIVE_PHONE_USE", "SEXUAL_HEALTH"));

        assertThat(result.level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(result.explanation()).isEqualTo("High risk, because 4 signs of risk were selected: absent from "
                + "school or college; sexual health concerns; self-harm or thoughts of suicide; secretive phone or "
                + "online contact. 4 or more signs of risk set high risk.");
    }

    @Test
    void goingMissingAndBeingPickedUpInCarsIsHighOnItsOwn() {
        ScreeningResult result = screening.screen(ScreeningInput.of("PICKED_UP_IN_CARS", "MISSING_EPISODES"));

        assertThat(result.level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(result.explanation()).isEqualTo("High risk, because the signs of risk include a recognised "
                + "pattern of exploitation, \"Going missing and being picked up in cars\": a child who goes missing "
                + "and is collected by cars or taxis may be being taken by adults to where they are abused. A "
                + "recognised pattern sets high risk however few other signs there are.");
    }

    @Test
    void everyRecognisedPatternIsHighAndEachOneIsNamed() {
        assertThat(screening.screen(ScreeningInput.of("RELATIONSHIP_WITH_OLDER_PERSON", "UNEXPLAINED_GIFTS"))
                .level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(screening.screen(ScreeningInput.of("MISSING_EPISODES", "KNOWLEDGE_OF_OTHER_TOWNS"))
                .level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(screening.screen(ScreeningInput.of("CONTROLLING_ADULTS", "ALCOHOL_OR_DRUGS"))
                .level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(screening.screen(ScreeningInput.of("PICKED_UP_IN_CARS", "LINKS_TO_TAXI_OR_TAKEAWAY"))
                .level()).isEqualTo(ScreeningLevel.HIGH);

        ScreeningResult two = screening.screen(ScreeningInput.of("MISSING_EPISODES", "PICKED_UP_IN_CARS",
                "RELATIONSHIP_WITH_OLDER_PERSON"));
        assertThat(two.level()).isEqualTo(ScreeningLevel.HIGH);
        assertThat(two.explanation()).startsWith("High risk, because the signs of risk include 2 recognised "
                        + "patterns of exploitation, ")
                .contains("\"Going missing and being picked up in cars\"", "\"An older person and going missing\"");
    }

    @Test
    void anySignOfHarmIsSignificantHarmWhateverTheSignsOfRisk() {
        ScreeningResult alone = screening.screen(ScreeningInput.of("DISCLOSED_SEXUAL_ABUSE"));
        ScreeningResult withRisk = screening.screen(ScreeningInput.of("INDECENT_IMAGES", "MISSING_EPISODES",
                "PICKED_UP_IN_CARS"));

        assertThat(alone.level()).isEqualTo(ScreeningLevel.SIGNIFICANT_HARM);
        assertThat(alone.explanation()).isEqualTo("Significant harm, because there is a sign that harm is already "
                + "happening: the child has told someone they are being sexually abused. Any sign of harm sets this "
                + "level, whatever the signs of risk. Follow your safeguarding procedures without delay.");
        assertThat(withRisk.level()).isEqualTo(ScreeningLevel.SIGNIFICANT_HARM);
        assertThat(withRisk.harmIndicators()).extracting(Indicator::code).containsExactly("INDECENT_IMAGES");
        assertThat(withRisk.riskIndicators()).extracting(Indicator::code)
                .containsExactly("MISSING_EPISODES", "PICKED_UP_IN_CARS");
        assertThat(withRisk.explanation()).contains("2 signs of risk were also selected.");
    }

    @Test
    void severalSignsOfHarmAreCountedAndListed() {
        ScreeningResult result = screening.screen(ScreeningInput.of("ASSAULTED_OR_THREATENED",
                "COERCED_SEXUAL_ACTIVITY_EXCHANGE"));

        assertThat(result.explanation()).startsWith("Significant harm, because there are 2 signs that harm is "
                + "already happening: made to take part in sexual activity in exchange for money, drugs, gifts or "
                + "somewhere to stay; assaulted, threatened or intimidated by people who may be abusing them.");
    }

    @Test
    void indicatorsAreListedInIndicatorSetOrderWhateverOrderTheyWereSelectedIn() {
        ScreeningResult forwards = screening.screen(ScreeningInput.of("MISSING_EPISODES", "SELF_HARM"));
        ScreeningResult backwards = screening.screen(ScreeningInput.of("SELF_HARM", "MISSING_EPISODES"));

        assertThat(forwards).isEqualTo(backwards);
        assertThat(forwards.riskIndicators()).extracting(Indicator::code)
                .containsExactly("MISSING_EPISODES", "SELF_HARM");
    }

    @Test
    void theResultRecordsTheIndicatorSetVersionAndIsNotOverridden() {
        ScreeningResult result = screening.screen(ScreeningInput.of("SELF_HARM"));

        assertThat(result.indicatorSetVersion()).isEqualTo(1);
        assertThat(result.isOverridden()).isFalse();
        assertThat(result.effectiveLevel()).isEqualTo(ScreeningLevel.LOW);
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheCodeAndTheField() {
        assertThatThrownBy(() -> screening.screen(ScreeningInput.of("SELF_HARM", "OLDER_BOYFRIEND")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicatorCodes: 'OLDER_BOYFRIEND' is not an indicator in CSE indicator set version 1")
                .satisfies(thrown -> assertThat(((InvalidScreeningInputException) thrown).field())
                        .isEqualTo("indicatorCodes"));
    }

    @Test
    void anEmptyCodeIsRefused() {
        assertThatThrownBy(() -> screening.screen(ScreeningInput.of("SELF_HARM", " ")))
                .isInstanceOf(InvalidScreeningInputException.class)
                .hasMessage("indicatorCodes: an indicator code is empty");
        assertThatThrownBy(() -> screening.screen(ScreeningInput.of((String) null)))
                .isInstanceOf(InvalidScreeningInputException.class);
    }

    @Test
    void codesAreExactSoALowerCaseCodeIsUnknown() {
        assertThatThrownBy(() -> screening.screen(ScreeningInput.of("self_harm")))
                .isInstanceOf(InvalidScreeningInputException.class)
                .hasMessageContaining("'self_harm'");
    }

    @Test
    void aNullSetOfCodesIsTheSameAsNone() {
        assertThat(screening.screen(new ScreeningInput(null, null)).level()).isEqualTo(ScreeningLevel.NO_INDICATORS);
    }

    @Test
    void anEarlierVersionCanBeLoadedByNumberAndAnUnpublishedOneCannot() {
        assertThat(CseScreening.forVersion(1).indicatorSet()).isEqualTo(screening.indicatorSet());
        assertThatThrownBy(() -> CseScreening.forVersion(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no CSE indicator set version 99");
    }
}
