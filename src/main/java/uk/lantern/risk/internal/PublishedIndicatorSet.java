package uk.lantern.risk.internal;

import uk.lantern.risk.IndicatorSet;

/** One version of the indicator set together with the level rules published with it. */
public record PublishedIndicatorSet(IndicatorSet indicatorSet, LevelRules levelRules) {
}
