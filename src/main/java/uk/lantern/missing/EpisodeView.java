package uk.lantern.missing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import uk.lantern.people.ChildId;

/** A missing episode with its return home interview and mentions. */
public record EpisodeView(EpisodeId id, ChildId childId, Instant reportedMissingAt, Instant lastSeenAt,
                          String lastSeenLocation, Instant returnedAt, String foundLocation, String foundWith,
                          List<String> vehiclesSeen, String recordedBy, Interview interview, List<Mention> mentions) {

    /**
     * The return home interview.
     *
     * @param status DUE, OFFERED, COMPLETED or DECLINED
     */
    public record Interview(Instant dueAt, String status, Instant offeredAt, Instant completedAt,
                            String declinedReason, String findings) {
    }

    /** A structured mention, with its normalised value for matching. */
    public record Mention(UUID id, String sourceType, MentionKind kind, String value, String normalised,
                          String detail) {
    }
}
