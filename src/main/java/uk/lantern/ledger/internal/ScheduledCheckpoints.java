package uk.lantern.ledger.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerTamperedException;
import uk.lantern.runtime.RunMode;

/**
 * Issues a checkpoint of the head on a schedule while the server runs, so that deleting the newest entries is found
 * by any verification once a checkpoint covers them, and at most one interval of entries is ever uncovered. Nothing
 * is issued when no entry was appended since the last checkpoint.
 */
@Component
class ScheduledCheckpoints {

    static final LedgerActor ACTOR = LedgerActor.system("ledger-checkpoint");
    private static final Logger log = LoggerFactory.getLogger(ScheduledCheckpoints.class);

    private final LedgerIntegrityService integrity;
    private final RunMode runMode;

    ScheduledCheckpoints(LedgerIntegrityService integrity, RunMode runMode) {
        this.integrity = integrity;
        this.runMode = runMode;
    }

    @Scheduled(fixedDelayString = "${lantern.ledger.checkpoint-interval:PT1H}",
            initialDelayString = "${lantern.ledger.checkpoint-interval:PT1H}")
    void issue() {
        if (runMode.commandLine()) {
            return;
        }
        try {
            integrity.checkpointOfHead(ACTOR, "scheduled");
        } catch (LedgerTamperedException tampered) {
            log.error("No scheduled ledger checkpoint was issued: {}", tampered.getMessage());
        }
    }
}
