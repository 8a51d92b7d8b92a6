package uk.lantern.risk;

import java.util.List;
import java.util.Optional;

/**
 * One published version of the indicator set. A new version is added beside the old ones rather than editing them,
 * so that every stored screening can be explained by the version that produced it.
 *
 * @param version    the version number, as recorded on each {@link ScreeningResult}
 * @param indicators the indicators, signs of harm and signs of risk, in the order pages should list them
 */
public record IndicatorSet(int version, List<Indicator> indicators) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    public List<Indicator> ofKind(IndicatorKind kind) {
        return indicators.stream().filter(indicator -> indicator.kind() == kind).toList();
    }
}
