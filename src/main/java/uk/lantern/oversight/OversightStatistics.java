package uk.lantern.oversight;

import java.time.Instant;

import uk.lantern.ledger.LedgerActor;

/** The summaries behind every oversight figure. They are rebuilt on a schedule; this rebuilds them now. */
public interface OversightStatistics {

    /** Rebuilds the summaries from the records, records the rebuild in the ledger, and returns when it was done. */
    Instant refresh(LedgerActor actor);
}
