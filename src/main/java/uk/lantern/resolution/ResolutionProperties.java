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
 * @param chunkSize       how many waiting records one incremental run resolves in its transaction, and about how many
 *                        rows each part of a batch run writes in its own
 */
@ConfigurationProperties("lantern.resolution")
public record ResolutionProperties(@DefaultValue(ResolutionSettings.MATCH_THRESHOLD) double matchThreshold,
                                   @DefaultValue(ResolutionSettings.REVIEW_THRESHOLD) double reviewThreshold,
                                   @DefaultValue(ResolutionSettings.SEED) long seed,
                                   @DefaultValue("PT30S") Duration interval, @DefaultValue("50") int minimumRecords,
                                   @DefaultValue("200") int chunkSize) {

    public ResolutionProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("lantern.resolution.chunk-size must be at least 1, not " + chunkSize);
        }
    }

    public ResolutionSettings settings() {
        return new ResolutionSettings(matchThreshold, reviewThreshold, seed);
    }
}
