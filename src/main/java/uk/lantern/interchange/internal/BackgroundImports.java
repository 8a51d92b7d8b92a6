package uk.lantern.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.ledger.LedgerActor;

/**
 * Imports started from the import page, run in the background through the same {@link Importer} as the API, so that
 * the browser is not held while a large file is checked and stored. They run one at a time, in the order they were
 * uploaded, so that a file may refer to records of a file uploaded just before it. Each import's report is kept in
 * memory for a day (its counts are in {@code import_run} for good), and the uploaded file is deleted once its import
 * has ended, whatever the outcome.
 */
@Component
class BackgroundImports implements DisposableBean {

    /** The formats the page takes, each read by its own importer method. */
    enum Format {
        JSON_LINES, CSV
    }

    /**
     * An uploaded file whose import has not ended: waiting for the one before it, or under way, when
     * {@link Importer#running()} tells how far it has got.
     */
    record Pending(UUID importId, String fileName, Instant since) {
    }

    /** How an import started here ended: its report, or null when it failed before any outcome was recorded. */
    record Ended(String fileName, ImportReport report) {
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);
    private static final int REPORTS_KEPT = 100;

    private final Importer importer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "page-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();
    private final Cache<UUID, Ended> ended = Caffeine.newBuilder().maximumSize(REPORTS_KEPT)
            .expireAfterWrite(Duration.ofDays(1)).build();

    BackgroundImports(Importer importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /**
     * Queues the import of an uploaded file and returns its id at once. The actor is the one signed in when the file
     * was uploaded: the background thread has no request or security context of its own, and the importer needs none,
     * since it acts as the actor it is given, exactly as for the API.
     */
    UUID start(LedgerActor by, Path upload, String fileName, Format format) {
        UUID importId = UUID.randomUUID();
        pending.put(importId, new Pending(importId, fileName, clock.instant()));
        try {
            worker.execute(() -> run(by, upload, fileName, format, importId));
        } catch (RejectedExecutionException shuttingDown) {
            pending.remove(importId);
            delete(upload);
            throw shuttingDown;
        }
        return importId;
    }

    private void run(LedgerActor by, Path upload, String fileName, Format format, UUID importId) {
        Ended outcome = new Ended(fileName, null);
        try {
            outcome = new Ended(fileName, format == Format.CSV
                    ? importer.importReferralCsv(by, upload, fileName, importId)
                    : importer.importJsonLines(by, upload, fileName, importId));
        } catch (RuntimeException failed) {
            // The importer records every failure it can; this is one it could not record (say, the database gone).
            log.error("The import {} of {} failed", importId, fileName, failed);
        } finally {
            // The file goes before the outcome shows, so that an import seen to have ended has left nothing behind.
            delete(upload);
            ended.put(importId, outcome);
            pending.remove(importId);
        }
    }

    /** The uploads whose imports have not ended, oldest first. */
    List<Pending> pending() {
        return pending.values().stream().sorted(Comparator.comparing(Pending::since)).toList();
    }

    Optional<Pending> pending(UUID importId) {
        return Optional.ofNullable(pending.get(importId));
    }

    Optional<Ended> ended(UUID importId) {
        return Optional.ofNullable(ended.getIfPresent(importId));
    }

    private static void delete(Path upload) {
        try {
            Files.deleteIfExists(upload);
        } catch (IOException undeletable) {
            // Uploads empties its folder when the server starts, so the file goes then at the latest.
            log.warn("Cannot delete the uploaded file {}", upload, undeletable);
        }
    }

    /** An import cut short rolls back, as if the process had been killed; its uploaded file goes with the server. */
    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
