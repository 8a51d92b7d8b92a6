package uk.lantern.resolution;

import java.time.Instant;

import uk.lantern.people.RecordKind;

/**
 * How far the latest batch run of a kind on this server has gone.
 *
 * @param stage {@code READING}, {@code TRAINING}, {@code RESOLVING}, {@code WRITING} or {@code FINISHED}; {@code NONE}
 *     when no batch run of the kind has started since the server did
 * @param records the records the run resolves
 * @param changes the rows the run writes: records whose identity changed, links made or undone, and pairs added to,
 *     scored again on or taken off the review queue (known once resolving is done; 0 before)
 * @param changesWritten of those, the rows written and committed so far
 * @param perSecond rows written a second so far while writing; 0 before
 * @param secondsLeft the time writing should take yet at that rate; null until it can be told
 * @param finishedAt when the run finished, or null while it runs
 */
public record ResolutionRunProgress(RecordKind kind, String stage, Instant startedAt, int records, long changes,
                                    long changesWritten, double perSecond, Long secondsLeft, Instant finishedAt) {

    public static ResolutionRunProgress none(RecordKind kind) {
        return new ResolutionRunProgress(kind, "NONE", null, 0, 0, 0, 0, null, null);
    }
}
