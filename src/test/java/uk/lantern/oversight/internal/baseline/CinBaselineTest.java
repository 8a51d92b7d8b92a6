package uk.lantern.oversight.internal.baseline;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.lantern.area.Areas;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.funnel.FunnelComparison;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;
import uk.lantern.oversight.internal.funnel.FunnelPoint;

import static org.assertj.core.api.Assertions.assertThat;

class CinBaselineTest {

    private static final CinBaseline BASELINE = new CinBaseline(new Areas());

    @Test
    void coversTheYearsEnding31March2018To2025() {
        assertThat(BASELINE.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(BASELINE.latestYear()).isEqualTo(2025);
        assertThat(CinBaseline.populationYearFor(2025)).isEqualTo(2024);
    }

    @Test
    void theLatestYearHasEveryLocalAuthorityWithACountAndARate() {
        List<BaselineFigure> latest = BASELINE.localAuthorities(2025);
        assertThat(latest).hasSize(153);
        assertThat(latest).allSatisfy(figure -> {
            assertThat(figure.count().hasValue()).isTrue();
            assertThat(figure.ratePer10000().hasValue()).isTrue();
        });
    }

    @Test
    void aLocalAuthorityCountAndRateMatchTheFileByHand() {
        // c3 file: 2025,...,372,E08000018,Rotherham,...,Child_sexual_exploitation = 76
        // population file: 2024,...,372,E08000018,Rotherham,...,59521
        // 76 × 10,000 / 59,521 = 12.7686... → 12.8 per 10,000
        BaselineFigure rotherham = BASELINE.localAuthority("E08000018", 2025).orElseThrow();
        assertThat(rotherham.areaName()).isEqualTo("Rotherham");
        assertThat(rotherham.count()).isEqualTo(Cell.of(76));
        assertThat(rotherham.population()).hasValue(59_521);
        assertThat(rotherham.ratePer10000()).isEqualTo(Cell.of(new BigDecimal("12.8")));

        // 2019 (year ending 31 March 2019) over mid-2018: Rochdale 139 × 10,000 / 53,174 = 26.141... → 26.1
        assertThat(BASELINE.localAuthority("E08000005", 2019).orElseThrow().ratePer10000())
                .isEqualTo(Cell.of(new BigDecimal("26.1")));
    }

    @Test
    void englandIsThePublishedRoundedCountOverTheEnglandPopulation() {
        // 2025 National, Child_sexual_exploitation = 12400; mid-2024 England 12,183,016
        // 12,400 × 10,000 / 12,183,016 = 10.178... → 10.2
        BaselineFigure england = BASELINE.england(2025).orElseThrow();
        assertThat(england.areaCode()).isEqualTo(Areas.ENGLAND);
        assertThat(england.count()).isEqualTo(Cell.of(12_400));
        assertThat(england.ratePer10000()).isEqualTo(Cell.of(new BigDecimal("10.2")));
    }

    @Test
    void thePublishedSymbolsAreKeptAndCarriedToTheRate() {
        assertSymbol("E09000020", 2024, StatSymbol.SUPPRESSED);    // Kensington and Chelsea 2024: c
        assertSymbol("E06000017", 2022, StatSymbol.SUPPRESSED);    // Rutland 2022: c
        assertSymbol("E09000001", 2022, StatSymbol.SUPPRESSED);    // City of London 2022: c
        assertSymbol("E09000012", 2022, StatSymbol.NOT_AVAILABLE); // Hackney 2022: x
        assertSymbol("E09000012", 2021, StatSymbol.NOT_AVAILABLE); // Hackney 2021: x
        assertSymbol("E06000053", 2019, StatSymbol.NOT_APPLICABLE); // Isles of Scilly 2019: z
        assertSymbol("E10000014", 2024, StatSymbol.LOW_RELIABILITY); // Hampshire 2024: u
    }

    @Test
    void countsHowManyFiguresEachYearHidesBehindASymbol() {
        assertThat(symbols(2025)).isEmpty();
        assertThat(symbols(2024)).containsExactlyInAnyOrder(StatSymbol.SUPPRESSED, StatSymbol.LOW_RELIABILITY,
                StatSymbol.LOW_RELIABILITY);
        assertThat(symbols(2022)).containsExactlyInAnyOrder(StatSymbol.SUPPRESSED, StatSymbol.SUPPRESSED,
                StatSymbol.NOT_AVAILABLE);
    }

    @Test
    void aCountWithoutAPopulationHasARateThatIsNotAvailable() {
        // Bournemouth's 2019 row is over the mid-2018 estimate, which the population file gives as x.
        BaselineFigure bournemouth = BASELINE.localAuthority("E06000028", 2019).orElseThrow();
        assertThat(bournemouth.count().hasValue()).isTrue();
        assertThat(bournemouth.population()).isEmpty();
        assertThat(bournemouth.ratePer10000()).isEqualTo(Cell.symbol(StatSymbol.NOT_AVAILABLE));
    }

    @Test
    void aSuccessorCodeFindsTheFigurePublishedUnderTheCodeItReplaced() {
        // 2025,...,370,E08000016,Barnsley,...,Child_sexual_exploitation = 56
        BaselineFigure barnsley = BASELINE.localAuthority("E08000038", 2025).orElseThrow();
        assertThat(barnsley.areaCode()).isEqualTo("E08000016");
        assertThat(barnsley.count()).isEqualTo(Cell.of(56));
    }

    @Test
    void everyLocalAuthorityOfEveryYearFindsItsPopulationExceptWhereThePopulationIsNotAvailable() {
        for (int year : BASELINE.years()) {
            assertThat(BASELINE.localAuthorities(year))
                    .filteredOn(figure -> figure.population().isEmpty())
                    .extracting(BaselineFigure::areaName)
                    .as("local authorities without a population in %d", year)
                    .isSubsetOf("Bournemouth", "Dorset", "Poole");
        }
    }

    @Test
    void aYearBecomesFunnelPointsWithSymbolAreasLeftOffThePlot() {
        List<FunnelPoint> points = BASELINE.funnelPoints(2024);
        double englandRate = 13_860.0 / 12_059_476;
        FunnelComparison comparison = FunnelComparison.against(englandRate, points, Dispersion.POISSON);
        assertThat(comparison.plotted()).hasSize(150);
        assertThat(comparison.notPlotted()).extracting(area -> area.areaName() + " " + area.symbol().code())
                .containsExactlyInAnyOrder("Kensington and Chelsea c", "Hampshire u", "Herefordshire, County of u");
    }

    private static void assertSymbol(String code, int year, StatSymbol symbol) {
        BaselineFigure figure = BASELINE.localAuthority(code, year).orElseThrow();
        assertThat(figure.count()).as("%s %d", figure.areaName(), year).isEqualTo(Cell.symbol(symbol));
        assertThat(figure.ratePer10000()).isEqualTo(Cell.symbol(symbol));
    }

    private static List<StatSymbol> symbols(int year) {
        return BASELINE.localAuthorities(year).stream()
                .map(BaselineFigure::count)
                .filter(count -> !count.hasValue())
                .map(Cell::symbol)
                .toList();
    }
}
