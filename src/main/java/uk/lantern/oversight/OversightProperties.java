package uk.lantern.oversight;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Oversight settings.
 *
 * @param suppressionThreshold counts from 1 to this are shown as {@code c}
 * @param roundingBase         figures for more than one local authority (police force areas, England) are rounded to a
 *                             multiple of this; 1 turns rounding off
 * @param refreshInterval      how often the summaries behind the figures are rebuilt from the records
 */
@ConfigurationProperties("lantern.oversight")
public record OversightProperties(@DefaultValue("5") int suppressionThreshold, @DefaultValue("10") int roundingBase,
                                  @DefaultValue("PT15M") Duration refreshInterval) {
}
