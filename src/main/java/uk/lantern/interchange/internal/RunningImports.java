package uk.lantern.interchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import uk.lantern.interchange.ImportProgress;

/**
 * The imports running in this process and how far each has got, for the API and the command line. Kept in memory:
 * an import is one process's work, and its outcome is in {@code import_run} once it ends.
 */
@Component
class RunningImports {

    private final Map<UUID, Tracker> running = new ConcurrentHashMap<>();
    private final Clock clock;

    RunningImports(Clock clock) {
        this.clock = clock;
    }

    /** Counts one phase of one import; the importing thread advances it and any thread may read it. */
    final class Tracker implements AutoCloseable {
        private final UUID importId;
        private final String fileName;
        /** Null during the first quick look at the file, before the number of records is known. */
        private volatile String phase;
        private volatile long total;
        private volatile Instant phaseStarted;
        private final AtomicLong done = new AtomicLong();

        private Tracker(UUID importId, String fileName) {
            this.importId = importId;
            this.fileName = fileName;
            this.phaseStarted = clock.instant();
        }

        void phase(String name, long records) {
            total = records;
            done.set(0);
            phaseStarted = clock.instant();
            phase = name;
        }

        void advance() {
            done.incrementAndGet();
        }

        ImportProgress view() {
            long count = done.get();
            double seconds = Duration.between(phaseStarted, clock.instant()).toNanos() / 1e9;
            long rate = seconds <= 0 ? 0 : Math.round(count / seconds);
            Long left = rate == 0 ? null : Math.max(0, total - count) / rate;
            return new ImportProgress(importId, fileName, phase, count, total, rate, left, phaseStarted);
        }

        @Override
        public void close() {
            running.remove(importId);
        }
    }

    Tracker start(UUID importId, String fileName) {
        Tracker tracker = new Tracker(importId, fileName);
        running.put(importId, tracker);
        return tracker;
    }

    List<ImportProgress> all() {
        return running.values().stream().filter(tracker -> tracker.phase != null).map(Tracker::view)
                .sorted(Comparator.comparing(ImportProgress::startedAt)).toList();
    }
}
