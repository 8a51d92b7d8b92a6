package uk.lantern.casework.internal.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.RunMode;

/** Runs the retention purge every day while the server runs (lantern.casework.retention-purge-cron). */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final LedgerActor PURGER = LedgerActor.system("retention-purge");

    private final RetentionPurge purge;
    private final RunMode runMode;

    RetentionSchedule(RetentionPurge purge, RunMode runMode) {
        this.purge = purge;
        this.runMode = runMode;
    }

    @Scheduled(cron = "${lantern.casework.retention-purge-cron:0 30 2 * * *}", zone = "Europe/London")
    void daily() {
        if (!runMode.commandLine()) {
            RetentionPurge.PurgeRun run = purge.run(PURGER);
            log.info("Retention purge: {} cases purged, {} withheld under legal holds (closed before {})",
                    run.purged(), run.withheld(), run.cutoff());
        }
    }
}
