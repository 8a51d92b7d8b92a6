package uk.lantern.missing;

import java.time.Duration;

import uk.lantern.people.ChildId;

/**
 * Published, in the recording transaction, when a child's missing episodes reach the repeat-missing threshold
 * (by default three within 90 days).
 */
public record RepeatMissingDetected(ChildId child, int episodes, Duration window, EpisodeId latestEpisode) {
}
