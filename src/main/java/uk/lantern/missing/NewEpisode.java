package uk.lantern.missing;

import java.time.Instant;
import java.util.List;

/** A missing episode as reported. Only the time the child was reported missing is required. */
public record NewEpisode(Instant reportedMissingAt, Instant lastSeenAt, String lastSeenLocation, Instant returnedAt,
                         String foundLocation, String foundWith, List<String> vehiclesSeen) {
}
