package uk.lantern.resolution;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entity resolution settings for the records Lantern holds.
 *
 * @param matchThreshold  pairs at or above this probability are one person without review
 * @param reviewThreshold pairs at or above this, and below the match threshold, go to an analyst
 * @param seed            the seed of the random pairs used in training, so a run can be repeated
 * @param interval        how often records registered since the last run are resolved
 * @param minimumRecords  how many records of a kind there must be before a model is trained
 */
@ConfigurationProperties("lantern.resolution")
public record ResolutionProperties(@DefaultValue(ResolutionSettings.MATCH_THRESHOLD) double matchThreshold,
                                   @DefaultValue(ResolutionSettings.REVIEW_THRESHOLD) double reviewThreshold,
                                   @DefaultValue(ResolutionSettings.SEED) long seed,
                                   @DefaultValue("PT30S") Duration interval, @DefaultValue("50") int minimumRecords) {

    public ResolutionSettings settings() {
        return new ResolutionSettings(matchThreshold, reviewThreshold, seed);
    }
}
