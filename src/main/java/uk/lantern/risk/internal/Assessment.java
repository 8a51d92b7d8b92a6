package uk.lantern.risk.internal;

import uk.lantern.risk.ScreeningLevel;

/** A level and the rule that set it, in words for the practitioner. */
public record Assessment(ScreeningLevel level, String explanation) {
}
