package uk.lantern.interchange;

import java.nio.file.Path;
import java.util.List;

import uk.lantern.ledger.LedgerActor;

/**
 * Imports files in the interchange format. The whole file is checked first; only a file with no problem is stored,
 * in one transaction, so a failure part-way (even the process being killed) leaves nothing half-written.
 */
public interface Importer {

    /** Imports a JSON Lines file, one interchange record per line. */
    ImportReport importJsonLines(LedgerActor by, Path file, String fileName);

    /** Imports referrals from a CSV file with the columns documented in docs/import-format.md. */
    ImportReport importReferralCsv(LedgerActor by, Path file, String fileName);

    /** The imports running in this process, with how far each has got. */
    List<ImportProgress> running();

    /** Whether a file of this name has been imported and committed before. */
    boolean hasCommitted(String fileName);
}
