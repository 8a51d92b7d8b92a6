package uk.lantern.resolution.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.ResolutionRunProgress;

/** Where each kind's latest batch run on this server has got to, for the log and the API. */
@Component
class BatchProgress {

    private static final Logger log = LoggerFactory.getLogger(BatchProgress.class);
    /** While writing, the log tells the progress at most this often. */
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final Clock clock;
    private final Map<RecordKind, ResolutionRunProgress> latest = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Instant> writingSince = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Instant> loggedAt = new EnumMap<>(RecordKind.class);

    BatchProgress(Clock clock) {
        this.clock = clock;
    }

    synchronized void started(RecordKind kind) {
        latest.put(kind, new ResolutionRunProgress(kind, "READING", clock.instant(), 0, 0, 0, 0, null, null));
        log.info("Batch resolution of {}: started", kind);
    }

    synchronized void stage(RecordKind kind, String stage, int records) {
        ResolutionRunProgress now = latest.get(kind);
        latest.put(kind, new ResolutionRunProgress(kind, stage, now.startedAt(), records, 0, 0, 0, null, null));
        log.info("Batch resolution of {}: {} {} records", kind, stage.toLowerCase(), records);
    }

    synchronized void writing(RecordKind kind, long changes) {
        ResolutionRunProgress now = latest.get(kind);
        writingSince.put(kind, clock.instant());
        loggedAt.put(kind, clock.instant());
        latest.put(kind, new ResolutionRunProgress(kind, "WRITING", now.startedAt(), now.records(), changes, 0, 0,
                null, null));
        log.info("Batch resolution of {}: writing {} changes for {} records", kind, changes, now.records());
    }

    synchronized void written(RecordKind kind, long rows) {
        ResolutionRunProgress now = latest.get(kind);
        long done = now.changesWritten() + rows;
        double seconds = Math.max(0.001, Duration.between(writingSince.get(kind), clock.instant()).toNanos() / 1e9);
        double rate = done / seconds;
        Long left = rate > 0 ? Math.round((now.changes() - done) / rate) : null;
        ResolutionRunProgress next = new ResolutionRunProgress(kind, "WRITING", now.startedAt(), now.records(),
                now.changes(), done, rate, left, null);
        latest.put(kind, next);
        if (!clock.instant().isBefore(loggedAt.get(kind).plus(LOG_EVERY))) {
            loggedAt.put(kind, clock.instant());
            log.info("Batch resolution of {}: {} of {} changes written, {} a second, about {} s left", kind, done,
                    now.changes(), Math.round(rate), left);
        }
    }

    synchronized void finished(RecordKind kind) {
        ResolutionRunProgress now = latest.get(kind);
        Instant at = clock.instant();
        latest.put(kind, new ResolutionRunProgress(kind, "FINISHED", now.startedAt(), now.records(), now.changes(),
                now.changesWritten(), now.perSecond(), 0L, at));
        log.info("Batch resolution of {}: finished, {} records and {} changes in {} ms", kind, now.records(),
                now.changesWritten(), Duration.between(now.startedAt(), at).toMillis());
    }

    synchronized Optional<ResolutionRunProgress> latest(RecordKind kind) {
        return Optional.ofNullable(latest.get(kind));
    }
}
