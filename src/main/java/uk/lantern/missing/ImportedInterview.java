package uk.lantern.missing;

import java.time.Instant;
import java.util.List;

/**
 * A return home interview from another system: OFFERED, COMPLETED (with findings and mentions) or DECLINED (with a
 * reason).
 */
public record ImportedInterview(EpisodeId episode, String status, Instant offeredAt, Instant completedAt,
                                String declinedReason, String findings, List<NewMention> mentions) {
}
