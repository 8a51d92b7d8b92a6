package uk.lantern.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Historic review settings.
 *
 * @param checkInterval how often new links are checked against closed referrals
 * @param batchSize     how many new records one check takes at most
 * @param hubLinks      a place or organisation with more links than this is a hub: a chain of links may end there
 *                      but not pass through it
 */
@ConfigurationProperties("lantern.review")
public record ReviewProperties(@DefaultValue("PT30S") Duration checkInterval, @DefaultValue("500") int batchSize,
                               @DefaultValue("25") int hubLinks) {
}
