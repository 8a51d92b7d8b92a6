package uk.lantern.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.oversight.internal.baseline.BaselineFigure;
import uk.lantern.oversight.internal.baseline.ChildPopulation;
import uk.lantern.oversight.internal.baseline.CinBaseline;
import uk.lantern.oversight.internal.charts.FunnelPlotSvg;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.CountTable;
import uk.lantern.oversight.internal.disclosure.ProtectedTable;
import uk.lantern.oversight.internal.disclosure.TotalsShown;
import uk.lantern.oversight.internal.funnel.ComparedArea;
import uk.lantern.oversight.internal.funnel.FunnelComparison;
import uk.lantern.oversight.internal.funnel.FunnelComparison.Dispersion;
import uk.lantern.oversight.internal.funnel.FunnelPoint;
import uk.lantern.oversight.internal.funnel.Position;

/**
 * Local authorities compared on funnel plots, never ranked: Lantern's own figures for the authorities that use it,
 * and the Department for Education's published Children in Need figures for every authority in England.
 */
@Component
class AreaComparison {

    private static final String LOCAL_AUTHORITIES = "local authorities";

    /**
     * A funnel plot with a sentence saying what it shows, and its areas in alphabetical order for a table. With no
     * area to plot there is no plot, only the sentence.
     */
    record FunnelView(String svg, String summary, List<ComparedArea> areas) {
    }

    /** The published baseline for a reporting year beside Lantern's figures on the same definition. */
    record BaselineView(int year, List<Integer> years, FunnelView published, FunnelView lantern,
                        List<BaselineFigure> figures) {
    }

    private final OversightService oversight;
    private final SummaryStore summaries;
    private final Areas areas;
    private final ChildPopulation population;
    private final CinBaseline baseline;

    AreaComparison(OversightService oversight, SummaryStore summaries, Areas areas, ChildPopulation population,
                   CinBaseline baseline) {
        this.oversight = oversight;
        this.summaries = summaries;
        this.areas = areas;
        this.population = population;
        this.baseline = baseline;
    }

    /** CSE-flagged referrals per 10,000 children over the query's window, in every authority with referrals in it. */
    FunnelView cseReferrals(OversightQuery query, Dispersion dispersion) {
        Map<String, Long> referrals = summaries.byAuthority(BaseCount.REFERRALS, query.from(), query.until());
        Map<String, Long> flagged = summaries.byAuthority(BaseCount.CSE_REFERRALS, query.from(), query.until());
        int year = query.until().minusDays(1).getYear();
        List<Area> using = areas.ofType(AreaType.LOCAL_AUTHORITY).stream()
                .filter(area -> referrals.getOrDefault(area.code(), 0L) > 0).toList();
        List<FunnelPoint> points = protectedPoints(using, flagged, year);
        FunnelComparison comparison = FunnelComparison.againstPooledRate(points, dispersion);
        String title = "CSE-flagged referrals, " + query.periodLabels().get(0) + " to "
                + query.periodLabels().get(query.periods().size() - 1);
        return view(new FunnelPlotSvg(title, "CSE-flagged referrals", LOCAL_AUTHORITIES,
                "all authorities using Lantern"), comparison);
    }

    /**
     * Factor 11A at the end of assessment for a reporting year (April to March): every authority as published, and
     * Lantern's own completed assessments over the same months, both against the published England rate.
     */
    BaselineView baseline(String yearText, Dispersion dispersion) {
        int year = reportingYear(yearText);
        double englandRate = baseline.england(year).filter(england -> england.ratePer10000().hasValue())
                .map(england -> england.ratePer10000().value().doubleValue() / 10_000).orElse(0.0);
        FunnelComparison published = FunnelComparison.against(englandRate, baseline.funnelPoints(year), dispersion);
        String period = "year ending 31 March " + year;
        FunnelView publishedView = view(new FunnelPlotSvg("Published: CSE identified at the end of assessment, "
                + period, "episodes with CSE identified", LOCAL_AUTHORITIES, "England"), published);

        LocalDate from = LocalDate.of(year - 1, 4, 1);
        LocalDate until = LocalDate.of(year, 4, 1);
        Map<String, Long> assessments = summaries.byAuthority(BaseCount.ASSESSMENTS, from, until);
        Map<String, Long> cse = summaries.byAuthority(BaseCount.CSE_ASSESSMENTS, from, until);
        List<Area> using = areas.ofType(AreaType.LOCAL_AUTHORITY).stream()
                .filter(area -> assessments.getOrDefault(area.code(), 0L) > 0).toList();
        FunnelComparison lantern = FunnelComparison.against(englandRate,
                protectedPoints(using, cse, CinBaseline.populationYearFor(year)), dispersion);
        FunnelView lanternView = view(new FunnelPlotSvg("Lantern: assessments ending with CSE identified, " + period,
                "assessments with CSE identified", LOCAL_AUTHORITIES, "England (published)"), lantern);
        return new BaselineView(year, baseline.years(), publishedView, lanternView,
                baseline.localAuthorities(year));
    }

    /**
     * The authorities' counts under disclosure control: a column of authorities whose national total is published,
     * rounded, in the plot's summary.
     */
    private List<FunnelPoint> protectedPoints(List<Area> authorities, Map<String, Long> counts, int year) {
        if (authorities.isEmpty()) {
            return List.of();
        }
        Long[][] column = authorities.stream().map(area -> new Long[] {counts.getOrDefault(area.code(), 0L)})
                .toArray(Long[][]::new);
        ProtectedTable table = oversight.control().protect(new CountTable(
                authorities.stream().map(Area::code).toList(), List.of("count"), column, TotalsShown.NONE,
                TotalsShown.ROUNDED));
        List<FunnelPoint> points = new ArrayList<>();
        for (int row = 0; row < authorities.size(); row++) {
            Area area = authorities.get(row);
            OptionalLong children = population.of(area.code(), year);
            Cell count = table.cells().get(row).get(0);
            points.add(new FunnelPoint(area.code(), area.name(), count, children.orElse(0)));
        }
        return points;
    }

    private static FunnelView view(FunnelPlotSvg plot, FunnelComparison comparison) {
        long outside = comparison.count(Position.ABOVE_99_8) + comparison.count(Position.BELOW_99_8);
        long beyond95 = comparison.count(Position.ABOVE_95) + comparison.count(Position.BELOW_95);
        String summary = comparison.plotted().size() + " " + LOCAL_AUTHORITIES + " plotted ("
                + comparison.notPlotted().size() + " not plotted: suppressed, not available or no children); "
                + outside + " beyond the 99.8% limits and " + beyond95 + " more beyond the 95% limits"
                + (comparison.limitsWidened() ? "; limits widened for over-dispersion" : "") + ".";
        List<ComparedArea> alphabetical = comparison.plotted().stream()
                .sorted(Comparator.comparing(compared -> compared.area().areaName())).toList();
        return new FunnelView(alphabetical.isEmpty() ? null : plot.render(comparison), summary, alphabetical);
    }

    private int reportingYear(String text) {
        if (text == null || text.isBlank()) {
            return baseline.latestYear();
        }
        try {
            int year = Integer.parseInt(text.trim());
            if (baseline.years().contains(year)) {
                return year;
            }
        } catch (NumberFormatException notAYear) {
            // reported below with the years there are
        }
        throw new InvalidInputException("year", "must be one of the published years " + baseline.years() + ", not '"
                + text + "'");
    }
}
