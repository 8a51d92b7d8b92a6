package uk.lantern.oversight.internal.chronology;

import java.time.Instant;
import java.util.List;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerVerification;

/**
 * An inquiry chronology before it is rendered: the lines, up to the checkpoint taken for it, and the verification of
 * the chain made when it was produced.
 *
 * @param subjectType the ledger subject the production is recorded against: CASE, CHILD or AREA
 * @param subjectId that subject's id
 */
record InquiryChronology(ChronologyScope scope, String subjectType, String subjectId, List<ChronologyLine> lines,
                         Checkpoint checkpoint, LedgerVerification verification, Instant producedAt,
                         String producedBy, String producedByAgency) {
}
