package uk.lantern.oversight.internal.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import uk.lantern.area.Areas;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.funnel.FunnelPoint;

/**
 * The published national baseline for child sexual exploitation: DfE "Characteristics of children in need", table
 * C3, factors identified at the end of assessment, factor 11A (column {@code Child_sexual_exploitation}), for England
 * and each local authority, years ending 31 March 2018 to 2025.
 *
 * <p>The file has exactly one row per area and year, all in the category "Factors identified at the end of
 * assessment"; its counts are episodes whose assessment ended in the year with the factor recorded (the file's
 * {@code Episodes_with_assessment_factor} is the number of such episodes with any factor). There is no other
 * denominator to choose between. Figures keep the symbols published in their place: {@code c} suppressed, {@code x}
 * not available (Hackney 2021 and 2022), {@code z} not applicable (the Isles of Scilly 2019, which had no
 * assessments) and {@code u} low reliability (Hampshire and Herefordshire 2024). England counts are rounded to the
 * nearest 10.
 *
 * <p>A reporting year's rate is taken over the mid-year estimate at its middle: the year ending 31 March 2025 over the
 * mid-2024 estimate, and so on. That is the latest estimate published when the DfE publishes the year, and the one
 * drawn on the same local authority boundaries as the year's rows (the 2023 rows still list Cumbria, which the mid-2023
 * estimates have already split into Cumberland and Westmorland and Furness).
 */
public final class CinBaseline {

    private static final String FILE = "dfe_cin_factors_at_end_of_assessment_by_la_2018_2025.csv";
    private static final String CHILD_SEXUAL_EXPLOITATION = "Child_sexual_exploitation";
    private static final BigDecimal RATE_BASE = BigDecimal.valueOf(10_000);

    private final PublishedTable counts;
    private final ChildPopulation population;

    public CinBaseline(Areas areas) {
        DfeLocalAuthorityNumbers dfeNumbers = new DfeLocalAuthorityNumbers();
        this.counts = new PublishedTable(FILE, CHILD_SEXUAL_EXPLOITATION, dfeNumbers);
        this.population = new ChildPopulation(areas, dfeNumbers);
    }

    /** The reporting years published, oldest first. */
    public List<Integer> years() {
        return List.copyOf(counts.years());
    }

    public int latestYear() {
        return counts.years().last();
    }

    /** The mid-year population estimate a reporting year's rates are taken over: the year before. */
    public static int populationYearFor(int reportingYear) {
        return reportingYear - 1;
    }

    /** Every local authority published for the year, by name. */
    public List<BaselineFigure> localAuthorities(int year) {
        return counts.localAuthorities(year).stream().map(this::figure).toList();
    }

    /** A local authority's figure, by its ONS code or a successor's. */
    public Optional<BaselineFigure> localAuthority(String onsCode, int year) {
        return counts.localAuthority(onsCode, year).map(this::figure);
    }

    public Optional<BaselineFigure> england(int year) {
        return counts.england(year).map(this::figure);
    }

    /** The local authorities of the year as funnel plot points, to compare with the England rate. */
    public List<FunnelPoint> funnelPoints(int year) {
        return localAuthorities(year).stream().map(BaselineFigure::toFunnelPoint).toList();
    }

    private BaselineFigure figure(PublishedTable.Row row) {
        OptionalLong children = population.of(row.areaCode(), populationYearFor(row.year()));
        return new BaselineFigure(row.areaCode(), row.areaName(), row.year(), row.value(), children,
                ratePer10000(row.value(), children));
    }

    private static Cell ratePer10000(Cell count, OptionalLong children) {
        if (!count.hasValue()) {
            return count;
        }
        if (children.isEmpty() || children.getAsLong() == 0) {
            return Cell.symbol(StatSymbol.NOT_AVAILABLE);
        }
        return Cell.of(count.value().multiply(RATE_BASE)
                .divide(BigDecimal.valueOf(children.getAsLong()), 1, RoundingMode.HALF_UP));
    }
}
