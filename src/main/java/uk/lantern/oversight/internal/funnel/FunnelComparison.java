package uk.lantern.oversight.internal.funnel;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.oversight.internal.disclosure.StatSymbol;

/**
 * Areas compared by a funnel plot rather than ranked: each plotted area's rate against control limits that depend on
 * its population, so that a small area is not singled out for the chance variation its size brings. Areas whose count
 * is a symbol, or that have no children, are listed as not plotted with the symbol that stands for them.
 *
 * @param overDispersion the estimate from the plotted areas, reported whether or not the limits use it
 * @param limits         the limits the areas were placed against
 */
public record FunnelComparison(Dispersion dispersion, OverDispersion overDispersion, FunnelLimits limits,
        List<ComparedArea> plotted, List<UnplottedArea> notPlotted) {

    /** How much areas are expected to vary around the target. */
    public enum Dispersion {
        /** Chance alone: counts are Poisson around the target. */
        POISSON,
        /** Poisson limits widened by √φ when the areas are over-dispersed (Spiegelhalter 2005 §5.1). */
        MULTIPLICATIVE_OVER_DISPERSION,
        /** Poisson limits widened by the between-area variance τ² when the areas are over-dispersed (§5.2). */
        ADDITIVE_RANDOM_EFFECTS
    }

    public FunnelComparison {
        plotted = List.copyOf(plotted);
        notPlotted = List.copyOf(notPlotted);
    }

    /** Compares the points with a given target rate, in events per child (for example the national rate). */
    public static FunnelComparison against(double targetRate, List<FunnelPoint> points, Dispersion dispersion) {
        List<ObservedArea> observed = new ArrayList<>();
        List<UnplottedArea> notPlotted = new ArrayList<>();
        for (FunnelPoint point : points) {
            if (!point.count().hasValue()) {
                notPlotted.add(new UnplottedArea(point.areaCode(), point.areaName(), point.count().symbol()));
            } else if (point.population() == 0) {
                notPlotted.add(new UnplottedArea(point.areaCode(), point.areaName(), StatSymbol.NOT_APPLICABLE));
            } else {
                observed.add(new ObservedArea(point.areaCode(), point.areaName(),
                        point.count().value().longValueExact(), point.population()));
            }
        }
        OverDispersion overDispersion = OverDispersion.estimate(targetRate, observed);
        FunnelLimits limits = switch (dispersion) {
            case POISSON -> new FunnelLimits(targetRate, 1);
            case MULTIPLICATIVE_OVER_DISPERSION -> new FunnelLimits(targetRate, overDispersion.limitInflation());
            case ADDITIVE_RANDOM_EFFECTS -> FunnelLimits.additive(targetRate, overDispersion.tau2());
        };
        List<ComparedArea> plotted = observed.stream()
                .map(area -> new ComparedArea(area, limits.position(area.count(), area.population())))
                .toList();
        return new FunnelComparison(dispersion, overDispersion, limits, plotted, notPlotted);
    }

    /**
     * Compares the points with their pooled rate: total events over total children of the plotted areas. Areas not
     * plotted add nothing to either total, since their counts are not known.
     */
    public static FunnelComparison againstPooledRate(List<FunnelPoint> points, Dispersion dispersion) {
        long events = 0;
        long children = 0;
        for (FunnelPoint point : points) {
            if (point.count().hasValue() && point.population() > 0) {
                events += point.count().value().longValueExact();
                children += point.population();
            }
        }
        return against(children == 0 ? 0 : (double) events / children, points, dispersion);
    }

    /** The rate every area is compared with, in events per child. */
    public double targetRate() {
        return limits.targetRate();
    }

    public double targetRatePer10000() {
        return targetRate() * ObservedArea.RATE_BASE;
    }

    /** Whether the limits were widened for over-dispersion. */
    public boolean limitsWidened() {
        return limits.widened();
    }

    public long count(Position position) {
        return plotted.stream().filter(area -> area.position() == position).count();
    }
}
