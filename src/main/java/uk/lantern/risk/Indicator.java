package uk.lantern.risk;

/**
 * One indicator of child sexual exploitation.
 *
 * @param code     stable code that other modules store and send, for example {@code MISSING_EPISODES}
 * @param label    short victim-centred wording for pages
 * @param kind     a sign of harm already happening, or a sign of risk
 * @param guidance what to look for and record, for the practitioner
 */
public record Indicator(String code, String label, IndicatorKind kind, String guidance) {
}
