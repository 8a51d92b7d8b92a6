package uk.lantern.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import uk.lantern.ledger.LedgerActor;

/**
 * Imports files in the interchange format. The whole file is checked first; only a file with no problem is stored,
 * in one transaction, so a failure part-way (even the process being killed) leaves nothing half-written.
 */
public interface Importer {

    /** Imports a JSON Lines file, one interchange record per line. */
    default ImportReport importJsonLines(LedgerActor by, Path file, String fileName) {
        return importJsonLines(by, file, fileName, UUID.randomUUID());
    }

    /**
     * Imports a JSON Lines file as the import {@code importId}, which names it in its progress, its report, its
     * {@code import_run} row and its ledger entry: a caller that runs the import in the background can point to it
     * before it starts.
     */
    ImportReport importJsonLines(LedgerActor by, Path file, String fileName, UUID importId);

    /** Imports referrals from a CSV file with the columns documented in docs/import-format.md. */
    default ImportReport importReferralCsv(LedgerActor by, Path file, String fileName) {
        return importReferralCsv(by, file, fileName, UUID.randomUUID());
    }

    /** Imports referrals from a CSV file as the import {@code importId}, as {@link #importJsonLines} does. */
    ImportReport importReferralCsv(LedgerActor by, Path file, String fileName, UUID importId);

    /** The imports running in this process, with how far each has got. */
    List<ImportProgress> running();

    /** Whether a file of this name has been imported and committed before. */
    boolean hasCommitted(String fileName);
}
