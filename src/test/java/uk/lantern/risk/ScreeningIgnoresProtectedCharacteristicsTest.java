package uk.lantern.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protected characteristics are never inputs to the screening. These properties are checked on thousands of
 * generated cases each: random selections of indicators with random pairs of ethnicity, nationality and religion
 * (real code-list values, arbitrary text including odd Unicode, and nulls), requiring identical results.
 *
 * <p>The cases come from a seeded generator so that a failure can be replayed: set {@code -Dlantern.property-seed=N}
 * to explore other cases; a failing assertion names the seed and the case.
 */
class ScreeningIgnoresProtectedCharacteristicsTest {

    private static final int CASES = 5_000;
    private static final CseScreening SCREENING = CseScreening.current();
    private static final List<String> CODES = SCREENING.indicatorSet().indicators().stream()
            .map(Indicator::code).toList();
    private static final List<String> ETHNICITIES = List.of(
            "White: English, Welsh, Scottish, Northern Irish or British", "White: Irish",
            "White: Gypsy or Irish Traveller", "White: Roma", "White: Other White",
            "Asian or Asian British: Pakistani", "Asian or Asian British: Bangladeshi",
            "Asian or Asian British: Indian", "Asian or Asian British: Chinese",
            "Black, Black British, Caribbean or African: African",
            "Black, Black British, Caribbean or African: Caribbean",
            "Mixed or Multiple ethnic groups: White and Black Caribbean", "Other ethnic group: Arab",
            "Not stated", "Not recorded", "W1", "W9", "A1", "A2", "A3", "B1", "B2", "M1", "O9", "NS",
            "IC1", "IC2", "IC3", "IC4", "IC5", "IC6");
    private static final List<String> NATIONALITIES = List.of("GB", "IE", "PK", "IN", "BD", "PL", "RO", "SK", "AF",
            "ER", "SY", "IQ", "VN", "AL", "NG", "JM", "ZZ");
    private static final List<String> RELIGIONS = List.of("No religion", "Christian", "Buddhist", "Hindu", "Jewish",
            "Muslim", "Sikh", "Any other religion", "Not stated");

    private final long seed = Long.getLong("lantern.property-seed", 20261122L);
    private final SplittableRandom random = new SplittableRandom(seed);

    @Test
    void anyTwoSetsOfProtectedCharacteristicsGiveEqualResults() {
        for (int i = 0; i < CASES; i++) {
            Set<String> codes = indicatorCodes();
            ProtectedCharacteristics first = protectedCharacteristics();
            ProtectedCharacteristics second = protectedCharacteristics();
            assertThat(SCREENING.screen(new ScreeningInput(codes, first)))
                    .as("seed %d case %d: %s with %s versus %s", seed, i, codes, first, second)
                    .isEqualTo(SCREENING.screen(new ScreeningInput(codes, second)));
        }
    }

    @Test
    void recordingProtectedCharacteristicsGivesTheSameResultAsNotRecordingThem() {
        for (int i = 0; i < CASES; i++) {
            Set<String> codes = indicatorCodes();
            ProtectedCharacteristics characteristics = protectedCharacteristics();
            assertThat(SCREENING.screen(new ScreeningInput(codes, characteristics)))
                    .as("seed %d case %d: %s with %s", seed, i, codes, characteristics)
                    .isEqualTo(SCREENING.screen(new ScreeningInput(codes, ProtectedCharacteristics.NOT_RECORDED)))
                    .isEqualTo(SCREENING.screen(new ScreeningInput(codes, null)));
        }
    }

    @Test
    void anySignOfHarmMeansSignificantHarmAndNoneNeverDoes() {
        for (int i = 0; i < CASES; i++) {
            Set<String> codes = indicatorCodes();
            ScreeningResult result = SCREENING.screen(new ScreeningInput(codes, null));
            assertThat(result.level() == ScreeningLevel.SIGNIFICANT_HARM).as("seed %d case %d: %s", seed, i, codes)
                    .isEqualTo(!result.harmIndicators().isEmpty());
            assertThat(result.harmIndicators().size() + result.riskIndicators().size()).isEqualTo(codes.size());
        }
    }

    @Test
    void selectingOneMoreIndicatorNeverLowersTheLevel() {
        for (int i = 0; i < CASES; i++) {
            Set<String> codes = indicatorCodes();
            Set<String> more = new HashSet<>(codes);
            more.add(CODES.get(random.nextInt(CODES.size())));
            assertThat(SCREENING.screen(new ScreeningInput(more, null)).level())
                    .as("seed %d case %d: %s then %s", seed, i, codes, more)
                    .isGreaterThanOrEqualTo(SCREENING.screen(new ScreeningInput(codes, null)).level());
        }
    }

    private Set<String> indicatorCodes() {
        Set<String> codes = new HashSet<>();
        int size = random.nextInt(CODES.size() + 1);
        while (codes.size() < size) {
            codes.add(CODES.get(random.nextInt(CODES.size())));
        }
        return codes;
    }

    private ProtectedCharacteristics protectedCharacteristics() {
        if (random.nextInt(20) == 0) {
            return null;
        }
        return new ProtectedCharacteristics(anyOr(ETHNICITIES), anyOr(NATIONALITIES), anyOr(RELIGIONS));
    }

    /** A code-list value, any text at all (empty, long, odd Unicode), or null. */
    private String anyOr(List<String> codeListValues) {
        int choice = random.nextInt(10);
        if (choice < 2) {
            return null;
        }
        if (choice < 6) {
            return codeListValues.get(random.nextInt(codeListValues.size()));
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(61);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(0x20, 0x2FFF));
        }
        return text.toString();
    }
}
