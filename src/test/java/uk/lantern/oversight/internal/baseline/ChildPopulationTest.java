package uk.lantern.oversight.internal.baseline;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;

import static org.assertj.core.api.Assertions.assertThat;

class ChildPopulationTest {

    private static final Areas AREAS = new Areas();
    private static final ChildPopulation POPULATION = new ChildPopulation(AREAS);

    @Test
    void englandIn2024IsThePublishedFigureAndTheSumOfItsLocalAuthorities() {
        assertThat(POPULATION.england(2024)).hasValue(12_183_016);
        PublishedTable estimates = new PublishedTable("dfe_ons_population_0to17_by_la_2012_2024.csv",
                "population_estimate", new DfeLocalAuthorityNumbers());
        assertThat(estimates.localAuthorities(2024)).hasSize(153);
        long sum = estimates.localAuthorities(2024).stream()
                .mapToLong(row -> row.value().value().longValueExact()).sum();
        assertThat(sum).isEqualTo(12_183_016);
    }

    @Test
    void findsALocalAuthorityByItsOnsCode() {
        // 2024,...,372,E08000018,Rotherham,Children aged 0 to 17 years,59521
        assertThat(POPULATION.of("E08000018", 2024)).hasValue(59_521);
        // 2023,...,372,E08000018,Rotherham,Children aged 0 to 17 years,58441
        assertThat(POPULATION.of("E08000018", 2023)).hasValue(58_441);
    }

    @Test
    void aSuccessorCodeFindsTheEstimatePublishedUnderTheCodeItReplaced() {
        // Barnsley became E08000038 on 1 May 2025; the estimates know only E08000016, DfE number 370 for both.
        assertThat(AREAS.find("E08000038")).isPresent();
        assertThat(POPULATION.of("E08000038", 2024)).hasValue(51_799);
        assertThat(POPULATION.of("E08000038", 2024)).isEqualTo(POPULATION.of("E08000016", 2024));
        assertThat(POPULATION.of("E08000039", 2024)).hasValue(116_279);
    }

    @Test
    void aYearAfterTheLatestEstimateUsesTheLatestAndOneBeforeTheFirstHasNone() {
        assertThat(POPULATION.latestYear()).isEqualTo(2024);
        assertThat(POPULATION.firstYear()).isEqualTo(2012);
        assertThat(POPULATION.estimateYearFor(2026)).hasValue(2024);
        assertThat(POPULATION.of("E08000018", 2026)).hasValue(59_521);
        assertThat(POPULATION.england(2011)).isEmpty();
    }

    @Test
    void anEstimatePublishedAsNotAvailableHasNoPopulation() {
        // 2018,...,837,E06000028,Bournemouth,Children aged 0 to 17 years,x
        assertThat(POPULATION.of("E06000028", 2018)).isEmpty();
        assertThat(POPULATION.of("E99999999", 2024)).isEmpty();
    }

    @Test
    void aPoliceForceAreaIsTheSumOfItsLocalAuthoritiesCountingARenamedOneOnce() {
        // South Yorkshire, mid-2024: Barnsley 51,799 + Doncaster 68,271 + Rotherham 59,521 + Sheffield 116,279.
        // Lantern lists Barnsley and Sheffield under their old and their 2025 codes; each is counted once.
        assertThat(AREAS.localAuthoritiesCoveredBy("E23000011"))
                .contains("E08000016", "E08000038", "E08000019", "E08000039");
        assertThat(POPULATION.of("E23000011", 2024)).hasValue(51_799 + 68_271 + 59_521 + 116_279);
    }

    @Test
    void thePoliceForceAreasOfEnglandAddUpToEngland() {
        long sum = AREAS.ofType(AreaType.POLICE_FORCE_AREA).stream()
                .map(force -> POPULATION.of(force.code(), 2024))
                .mapToLong(OptionalLong::orElseThrow)
                .sum();
        assertThat(sum).isEqualTo(12_183_016);
    }
}
