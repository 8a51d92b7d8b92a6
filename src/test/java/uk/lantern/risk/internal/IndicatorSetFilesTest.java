package uk.lantern.risk.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.risk.Indicator;
import uk.lantern.risk.IndicatorKind;
import uk.lantern.risk.IndicatorSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorSetFilesTest {

    private final PublishedIndicatorSet published = IndicatorSetFiles.load(1);
    private final IndicatorSet set = published.indicatorSet();

    @Test
    void versionOneHasTheAgreedCodesOfRisk() {
        assertThat(set.version()).isEqualTo(1);
        assertThat(set.ofKind(IndicatorKind.RISK)).extracting(Indicator::code).containsExactly(
                "MISSING_EPISODES", "SCHOOL_ABSENCE", "RELATIONSHIP_WITH_OLDER_PERSON", "CONTROLLING_ADULTS",
                "UNEXPLAINED_GIFTS", "PICKED_UP_IN_CARS", "LINKS_TO_TAXI_OR_TAKEAWAY", "ALCOHOL_OR_DRUGS",
                "SEXUAL_HEALTH", "SELF_HARM", "EXPLOITED_PEERS", "SECRETIVE_PHONE_USE", "KNOWLEDGE_OF_OTHER_TOWNS");
    }

    @Test
    void versionOneHasTheAgreedCodesOfHarm() {
        assertThat(set.ofKind(IndicatorKind.HARM)).extracting(Indicator::code).containsExactly(
                "DISCLOSED_SEXUAL_ABUSE", "SEXUAL_ACTIVITY_WITH_ADULT", "COERCED_SEXUAL_ACTIVITY_EXCHANGE",
                "MOVED_BETWEEN_TOWNS_FOR_ABUSE", "INDECENT_IMAGES", "ASSAULTED_OR_THREATENED");
    }

    @Test
    void labelsAreVictimCentred() {
        assertThat(set.find("RELATIONSHIP_WITH_OLDER_PERSON")).get().extracting(Indicator::label)
                .isEqualTo("Relationship with an older person who may be an abuser");
        assertThat(set.indicators()).extracting(Indicator::label)
                .noneMatch(label -> label.toLowerCase().contains("boyfriend"))
                .noneMatch(label -> label.toLowerCase().contains("prostitut"))
                .noneMatch(label -> label.toLowerCase().contains("consent"));
        assertThat(set.indicators()).allSatisfy(indicator -> assertThat(indicator.guidance()).isNotBlank());
    }

    @Test
    void versionOneRulesAreTheDocumentedOnes() {
        LevelRules rules = published.levelRules();

        assertThat(rules.mediumFrom()).isEqualTo(2);
        assertThat(rules.highFrom()).isEqualTo(4);
        assertThat(rules.highRiskCombinations()).extracting(HighRiskCombination::codes).containsExactly(
                List.of("MISSING_EPISODES", "PICKED_UP_IN_CARS"),
                List.of("RELATIONSHIP_WITH_OLDER_PERSON", "MISSING_EPISODES"),
                List.of("RELATIONSHIP_WITH_OLDER_PERSON", "UNEXPLAINED_GIFTS"),
                List.of("MISSING_EPISODES", "KNOWLEDGE_OF_OTHER_TOWNS"),
                List.of("CONTROLLING_ADULTS", "ALCOHOL_OR_DRUGS"),
                List.of("PICKED_UP_IN_CARS", "LINKS_TO_TAXI_OR_TAKEAWAY"));
    }

    @Test
    void theCurrentVersionIsOne() {
        assertThat(IndicatorSetFiles.current()).isEqualTo(published);
    }

    @Test
    void anUnpublishedVersionIsRefused() {
        assertThatThrownBy(() -> IndicatorSetFiles.load(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no CSE indicator set version 2");
    }

    @Test
    void levelThresholdsMustLeaveRoomForEachLevel() {
        assertThatThrownBy(() -> new LevelRules(3, 3, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelRules(1, 4, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
