package uk.lantern.resolution.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.lantern.people.RecordRegistered;
import uk.lantern.resolution.Identities;
import uk.lantern.runtime.RunMode;

/**
 * New records wait, from the transaction that registered them, to be resolved in the next incremental run; the runs
 * happen on a schedule while the server runs.
 */
@Component
class PendingRecords {

    private final IdentityRepository identities;
    private final Identities resolution;
    private final RunMode runMode;
    private final Clock clock;

    PendingRecords(IdentityRepository identities, Identities resolution, RunMode runMode, Clock clock) {
        this.identities = identities;
        this.resolution = resolution;
        this.runMode = runMode;
        this.clock = clock;
    }

    @EventListener
    void onRegistered(RecordRegistered registered) {
        identities.queuePending(registered.kind(), registered.ids(), clock.instant());
    }

    @Scheduled(fixedDelayString = "${lantern.resolution.interval:PT30S}",
            initialDelayString = "${lantern.resolution.interval:PT30S}")
    void resolveWaiting() {
        if (!runMode.commandLine()) {
            while (resolution.resolvePending() > 0) {
                // each call resolves one chunk in its own transaction
            }
        }
    }
}
