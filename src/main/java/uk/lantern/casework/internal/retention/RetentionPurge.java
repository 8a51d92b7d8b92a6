package uk.lantern.casework.internal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.casework.CaseworkProperties;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.ledger.LegalHold;
import uk.lantern.ledger.LegalHolds;
import uk.lantern.ledger.StandingHolds;

/**
 * The retention schedule for cases: a case closed longer ago than {@link CaseworkProperties#retentionAfterClosure()}
 * has its narrative replaced with a marker ({@code RETENTION_PURGED} in the ledger, in the same transaction), unless
 * a standing legal hold covers it, in which case it is withheld until the hold is released. Each run ends with a
 * {@code RETENTION_PURGE_RUN} entry counting what it purged and withheld.
 */
@Service
class RetentionPurge {

    static final String RUN_SUBJECT = "RETENTION_PURGE";
    private static final String CASE = "CASE";

    /** What one run did. */
    record PurgeRun(UUID id, Instant cutoff, Period retainAfterClosure, int purged, int withheld,
                    List<String> purgedCases, List<WithheldCase> withheldCases) {
    }

    /** A case due for the purge that a standing hold keeps back, with the holds that cover it. */
    record WithheldCase(String reference, List<UUID> holds) {
    }

    private final RetentionRepository cases;
    private final LegalHolds legalHolds;
    private final Ledger ledger;
    private final CaseworkProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionPurge(RetentionRepository cases, LegalHolds legalHolds, Ledger ledger, CaseworkProperties properties,
                   TransactionTemplate transaction, Clock clock) {
        this.cases = cases;
        this.legalHolds = legalHolds;
        this.ledger = ledger;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Purges every case due, a batch per transaction so that a first run over a large backlog is never one huge
     * transaction, then records the run.
     */
    PurgeRun run(LedgerActor by) {
        Period retention = properties.retentionAfterClosure();
        // The period is counted in calendar years and months in UK time, so "25 years" ends on the anniversary.
        Instant cutoff = ZonedDateTime.now(clock.withZone(WorkingDayCalendar.UK)).minus(retention).toInstant();
        List<String> purged = new ArrayList<>();
        while (true) {
            List<String> batch = transaction.execute(status -> purgeBatch(by, cutoff, retention));
            purged.addAll(batch);
            if (batch.size() < properties.retentionPurgeBatch()) {
                break;
            }
        }
        UUID runId = UUID.randomUUID();
        List<WithheldCase> withheld = transaction.execute(status -> {
            StandingHolds holds = legalHolds.standingForPurge();
            List<WithheldCase> kept = cases.held(cutoff, holds.caseReferences(), holds.heldAreaCodes()).stream()
                    .map(due -> new WithheldCase(due.reference(),
                            legalHolds.holdsCovering(due.reference(), due.areaCode()).stream().map(LegalHold::id)
                                    .toList()))
                    .toList();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("cutoff", cutoff.toString());
            payload.put("retainAfterClosure", retention.toString());
            payload.put("purged", purged.size());
            payload.put("withheld", kept.size());
            ledger.append(new LedgerRecord(by, "RETENTION_PURGE_RUN", RUN_SUBJECT, runId.toString(), payload));
            return kept;
        });
        return new PurgeRun(runId, cutoff, retention, purged.size(), withheld.size(), List.copyOf(purged),
                withheld);
    }

    /** One transaction: the holds first (which holds off new holds until it commits), then the cases. */
    private List<String> purgeBatch(LedgerActor by, Instant cutoff, Period retention) {
        StandingHolds holds = legalHolds.standingForPurge();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> references = new ArrayList<>();
        for (RetentionRepository.DueCase due : cases.claimUnheld(cutoff, holds.caseReferences(),
                holds.heldAreaCodes(), properties.retentionPurgeBatch())) {
            int fields = cases.redact(due.id(), now);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("reference", due.reference());
            payload.put("closedAt", due.closedAt().toString());
            payload.put("retainAfterClosure", retention.toString());
            payload.put("fieldsRedacted", fields);
            ledger.append(new LedgerRecord(by, "RETENTION_PURGED", CASE, due.id().toString(), payload));
            references.add(due.reference());
        }
        return references;
    }
}
