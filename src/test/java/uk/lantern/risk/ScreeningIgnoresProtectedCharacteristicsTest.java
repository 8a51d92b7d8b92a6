package uk.lantern.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protected characteristics are never inputs to the screening. These properties try it on a thousand random
 * selections of indicators each, with random pairs of ethnicity, nationality and religion (real code-list values,
 * arbitrary text and nulls), and require identical results.
 */
class ScreeningIgnoresProtectedCharacteristicsTest {

    private static final CseScreening SCREENING = CseScreening.current();
    private static final List<String> CODES = SCREENING.indicatorSet().indicators().stream()
            .map(Indicator::code).toList();

    @Property
    void anyTwoSetsOfProtectedCharacteristicsGiveEqualResults(
            @ForAll("indicatorCodes") Set<String> codes,
            @ForAll("protectedCharacteristics") ProtectedCharacteristics first,
            @ForAll("protectedCharacteristics") ProtectedCharacteristics second) {
        ScreeningResult withFirst = SCREENING.screen(new ScreeningInput(codes, first));
        ScreeningResult withSecond = SCREENING.screen(new ScreeningInput(codes, second));

        assertThat(withFirst).isEqualTo(withSecond);
    }

    @Property
    void recordingProtectedCharacteristicsGivesTheSameResultAsNotRecordingThem(
            @ForAll("indicatorCodes") Set<String> codes,
            @ForAll("protectedCharacteristics") ProtectedCharacteristics characteristics) {
        assertThat(SCREENING.screen(new ScreeningInput(codes, characteristics)))
                .isEqualTo(SCREENING.screen(new ScreeningInput(codes, ProtectedCharacteristics.NOT_RECORDED)))
                .isEqualTo(SCREENING.screen(new ScreeningInput(codes, null)));
    }

    @Property
    void anySignOfHarmMeansSignificantHarmAndNoneNeverDoes(@ForAll("indicatorCodes") Set<String> codes) {
        ScreeningResult result = SCREENING.screen(new ScreeningInput(codes, null));

        assertThat(result.level() == ScreeningLevel.SIGNIFICANT_HARM).isEqualTo(!result.harmIndicators().isEmpty());
        assertThat(result.harmIndicators().size() + result.riskIndicators().size()).isEqualTo(codes.size());
    }

    @Property
    void selectingOneMoreIndicatorNeverLowersTheLevel(@ForAll("indicatorCodes") Set<String> codes,
                                                       @ForAll("oneCode") String another) {
        Set<String> more = new HashSet<>(codes);
        more.add(another);

        ScreeningLevel before = SCREENING.screen(new ScreeningInput(codes, null)).level();
        ScreeningLevel after = SCREENING.screen(new ScreeningInput(more, null)).level();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<Set<String>> indicatorCodes() {
        return Arbitraries.of(CODES).set().ofMaxSize(CODES.size());
    }

    @Provide
    Arbitrary<String> oneCode() {
        return Arbitraries.of(CODES);
    }

    @Provide
    Arbitrary<ProtectedCharacteristics> protectedCharacteristics() {
        Arbitrary<String> ethnicity = anyOr(Arbitraries.of(
                "White: English, Welsh, Scottish, Northern Irish or British", "White: Irish",
                "White: Gypsy or Irish Traveller", "White: Roma", "White: Other White",
                "Asian or Asian British: Pakistani", "Asian or Asian British: Bangladeshi",
                "Asian or Asian British: Indian", "Asian or Asian British: Chinese",
                "Black, Black British, Caribbean or African: African",
                "Black, Black British, Caribbean or African: Caribbean",
                "Mixed or Multiple ethnic groups: White and Black Caribbean", "Other ethnic group: Arab",
                "Not stated", "Not recorded", "W1", "W9", "A1", "A2", "A3", "B1", "B2", "M1", "O9", "NS",
                "IC1", "IC2", "IC3", "IC4", "IC5", "IC6"));
        Arbitrary<String> nationality = anyOr(Arbitraries.of("GB", "IE", "PK", "IN", "BD", "PL", "RO", "SK",
                "AF", "ER", "SY", "IQ", "VN", "AL", "NG", "JM", "ZZ"));
        Arbitrary<String> religion = anyOr(Arbitraries.of("No religion", "Christian", "Buddhist", "Hindu",
                "Jewish", "Muslim", "Sikh", "Any other religion", "Not stated"));
        return Combinators.combine(ethnicity, nationality, religion).as(ProtectedCharacteristics::new)
                .injectNull(0.05);
    }

    // Code-list values, any text at all (empty, very long, odd Unicode), or null.
    private static Arbitrary<String> anyOr(Arbitrary<String> codeListValues) {
        return Arbitraries.oneOf(codeListValues, Arbitraries.strings().ofMaxLength(60)).injectNull(0.2);
    }
}
