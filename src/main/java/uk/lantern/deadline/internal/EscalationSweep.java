package uk.lantern.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.runtime.RunMode;

/**
 * Looks for clocks that have passed and escalates them: to the owning team's managers as soon as a clock passes,
 * and to the head of service once it has stayed with the managers, still unmet, for
 * {@link TimescaleProperties#headOfServiceAfter()}.
 * Escalations commit in batches, so a long backlog is worked through without one huge transaction.
 */
@Component
class EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);
    private static final int BATCH = 200;
    private static final LedgerActor SWEEPER = LedgerActor.system("deadline-sweep");

    private final DeadlineRepository deadlines;
    private final DeadlineService service;
    private final TimescaleProperties timescales;
    private final TransactionTemplate transaction;
    private final RunMode runMode;
    private final Clock clock;

    EscalationSweep(DeadlineRepository deadlines, DeadlineService service, TimescaleProperties timescales,
                    TransactionTemplate transaction, RunMode runMode, Clock clock) {
        this.deadlines = deadlines;
        this.service = service;
        this.timescales = timescales;
        this.transaction = transaction;
        this.runMode = runMode;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lantern.timescales.sweep-interval:PT1M}",
            initialDelayString = "${lantern.timescales.sweep-interval:PT1M}")
    void scheduled() {
        if (!runMode.commandLine()) {
            sweep();
        }
    }

    /** Escalates everything due; returns how many escalations it made. */
    int sweep() {
        Instant now = clock.instant();
        int made = escalate(1, limit -> deadlines.claimOverdue(now, limit));
        made += escalate(2, limit -> deadlines.claimStillOverdue(now.minus(timescales.headOfServiceAfter()), limit));
        if (made > 0) {
            log.info("Escalated {} overdue deadlines", made);
        }
        return made;
    }

    private int escalate(int toLevel, java.util.function.IntFunction<List<UUID>> claim) {
        int made = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<UUID> claimed = claim.apply(BATCH);
                claimed.forEach(id -> service.escalate(SWEEPER, deadlines.find(id).orElseThrow(), toLevel, "OVERDUE",
                        null));
                return claimed.size();
            });
            made += batch;
            if (batch < BATCH) {
                return made;
            }
        }
    }
}
