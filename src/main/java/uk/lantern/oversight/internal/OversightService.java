package uk.lantern.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.lantern.area.Area;
import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.oversight.OversightProperties;
import uk.lantern.oversight.internal.OversightViews.AreaView;
import uk.lantern.oversight.internal.OversightViews.BreakdownView;
import uk.lantern.oversight.internal.OversightViews.DisclosureView;
import uk.lantern.oversight.internal.OversightViews.MeasuresView;
import uk.lantern.oversight.internal.baseline.ChildPopulation;
import uk.lantern.oversight.internal.disclosure.DisclosureControl;
import uk.lantern.oversight.internal.disclosure.DisclosureRules;

/** The oversight figures for an area and window, read from the summaries and put under disclosure control. */
@Service
class OversightService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Areas areas;
    private final SummaryStore summaries;
    private final FindingsStore findings;
    private final DemographicsStore demographics;
    private final StatisticsRefresh refresh;
    private final ChildPopulation population;
    private final DisclosureControl control;
    private final OversightProperties properties;
    private final Clock clock;

    OversightService(Areas areas, SummaryStore summaries, FindingsStore findings, DemographicsStore demographics,
                     StatisticsRefresh refresh, ChildPopulation population, OversightProperties properties,
                     Clock clock) {
        this.areas = areas;
        this.summaries = summaries;
        this.findings = findings;
        this.demographics = demographics;
        this.refresh = refresh;
        this.population = population;
        this.control = new DisclosureControl(new DisclosureRules(properties.suppressionThreshold(),
                properties.roundingBase()));
        this.properties = properties;
        this.clock = clock;
    }

    OversightQuery read(String area, String from, String to, String by) {
        return OversightQuery.read(areas, area, from, to, by, LocalDate.now(clock.withZone(UK)));
    }

    DisclosureControl control() {
        return control;
    }

    MeasuresView measures(OversightQuery query) {
        Area area = query.area();
        List<String> authorities = areas.localAuthoritiesCoveredBy(area.code());
        PublishedFigures figures = new PublishedFigures(control, query.aggregate());
        MeasureSeries series = new MeasureSeries(figures, query.periodLabels(),
                period -> population.of(area.code(), query.periods().get(period).getYear()));
        var measures = series.build(summaries.series(Arrays.asList(BaseCount.values()), authorities, query),
                findings.networks(codesWithin(area, authorities), query),
                findings.historicReviews(authorities, query));
        List<LocalDate> years = years(query);
        LocalDate untilYear = years.get(years.size() - 1).plusYears(1);
        Breakdowns breakdowns = new Breakdowns(figures);
        List<BreakdownView> people = new ArrayList<>();
        people.addAll(breakdowns.of("victims", demographics.victims(authorities, years.get(0), untilYear), years));
        people.addAll(breakdowns.of("suspects",
                demographics.suspects(codesWithin(area, authorities), years.get(0), untilYear), years));
        return new MeasuresView(view(area), query.grain().sqlUnit(), query.from(), query.until(),
                query.periodLabels(), refresh.lastRefreshed().orElse(null),
                new DisclosureView(properties.suppressionThreshold(), properties.roundingBase(), query.aggregate()),
                measures, people);
    }

    static AreaView view(Area area) {
        String type = switch (area.type()) {
            case LOCAL_AUTHORITY -> "local authority";
            case POLICE_FORCE_AREA -> "police force area";
            case NATION -> "nation";
        };
        return new AreaView(area.code(), area.name(), type);
    }

    /** The codes a record about this area may carry: its own, and those of the authorities within it. */
    private List<String> codesWithin(Area area, List<String> authorities) {
        Set<String> codes = new LinkedHashSet<>(authorities);
        codes.add(area.code());
        if (area.type() == AreaType.NATION) {
            areas.ofType(AreaType.POLICE_FORCE_AREA).forEach(force -> codes.add(force.code()));
        }
        return List.copyOf(codes);
    }

    /** The calendar years the window touches: demographics are counted by year. */
    private static List<LocalDate> years(OversightQuery query) {
        List<LocalDate> years = new ArrayList<>();
        for (int year = query.from().getYear(); year <= query.until().minusDays(1).getYear(); year++) {
            years.add(LocalDate.of(year, 1, 1));
        }
        return years;
    }
}
