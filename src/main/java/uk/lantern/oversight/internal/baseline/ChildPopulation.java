package uk.lantern.oversight.internal.baseline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.oversight.internal.disclosure.Cell;

/**
 * Children aged 0 to 17: the ONS mid-year population estimates as re-published by the DfE, mid-2012 to mid-2024, for
 * England and each children's services local authority, and summed over its local authorities for a police force
 * area. This is the denominator of every rate per 10,000 children.
 *
 * <p>Figures for a year after the latest published estimate use the latest published estimate: mid-year estimates
 * appear about a year after the date they describe, so the newest figures Lantern counts always run ahead of them.
 * Years before the first estimate have no population.
 *
 * <p>A successor local authority code finds the estimate published under the code it replaced, through the DfE
 * local authority number the two share (see {@link DfeLocalAuthorityNumbers}).
 */
public final class ChildPopulation {

    private static final String FILE = "dfe_ons_population_0to17_by_la_2012_2024.csv";

    private final PublishedTable estimates;
    private final Areas areas;

    public ChildPopulation(Areas areas) {
        this(areas, new DfeLocalAuthorityNumbers());
    }

    ChildPopulation(Areas areas, DfeLocalAuthorityNumbers dfeNumbers) {
        this.areas = areas;
        this.estimates = new PublishedTable(FILE, "population_estimate", dfeNumbers);
    }

    public int firstYear() {
        return estimates.years().first();
    }

    public int latestYear() {
        return estimates.years().last();
    }

    /** The mid-year estimate used for {@code year}: the year itself, or the latest published if it is later. */
    public OptionalInt estimateYearFor(int year) {
        return year < firstYear() ? OptionalInt.empty() : OptionalInt.of(Math.min(year, latestYear()));
    }

    /**
     * Children aged 0 to 17 in England, a local authority or a police force area in the estimate for {@code year}.
     * A local authority is any published in that estimate, including those since abolished. Empty when the area has no
     * estimate, the year precedes the estimates, or the estimate is not available; a police force area is empty if any
     * of its local authorities is.
     */
    public OptionalLong of(String areaCode, int year) {
        OptionalInt estimateYear = estimateYearFor(year);
        if (estimateYear.isEmpty()) {
            return OptionalLong.empty();
        }
        int yearUsed = estimateYear.getAsInt();
        if (Areas.ENGLAND.equals(areaCode)) {
            return count(estimates.england(yearUsed));
        }
        if (areas.find(areaCode).filter(area -> area.type() == AreaType.POLICE_FORCE_AREA).isPresent()) {
            return policeForceArea(areaCode, yearUsed);
        }
        return count(estimates.localAuthority(areaCode, yearUsed));
    }

    public OptionalLong england(int year) {
        return of(Areas.ENGLAND, year);
    }

    /**
     * The sum over the force's local authorities. Lantern lists a renamed authority under both its codes (Barnsley's
     * old and new), and both find the same published estimate, so each estimate is counted once.
     */
    private OptionalLong policeForceArea(String forceCode, int year) {
        List<String> authorities = areas.localAuthoritiesCoveredBy(forceCode);
        if (authorities.isEmpty()) {
            return OptionalLong.empty();
        }
        Set<String> counted = new HashSet<>();
        long children = 0;
        for (String authority : authorities) {
            Optional<PublishedTable.Row> estimate = estimates.localAuthority(authority, year);
            if (estimate.isEmpty() || !estimate.get().value().hasValue()) {
                return OptionalLong.empty();
            }
            if (counted.add(estimate.get().areaCode())) {
                children += estimate.get().value().value().longValueExact();
            }
        }
        return OptionalLong.of(children);
    }

    private static OptionalLong count(Optional<PublishedTable.Row> estimate) {
        return estimate.map(PublishedTable.Row::value).filter(Cell::hasValue)
                .map(cell -> OptionalLong.of(cell.value().longValueExact()))
                .orElse(OptionalLong.empty());
    }
}
