package uk.lantern.missing;

import java.time.Duration;
import java.util.List;

import uk.lantern.people.ChildId;

/**
 * Published, in the recording transaction, when children's missing episodes reach the repeat-missing threshold (by
 * default three within 90 days). Episodes recorded together are one event, so that listeners can act on the set.
 */
public record RepeatMissingDetected(List<Detection> detections) {

    public RepeatMissingDetected {
        detections = List.copyOf(detections);
    }

    /** One child's episode that reached the threshold: how many episodes there were in the window. */
    public record Detection(ChildId child, int episodes, Duration window, EpisodeId latestEpisode) {
    }
}
