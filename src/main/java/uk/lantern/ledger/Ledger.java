package uk.lantern.ledger;

import java.util.List;

/**
 * Appends to and reads the ledger. Every module calls {@link #append} inside the transaction that makes the change,
 * so that the change and its entry commit or roll back together.
 */
public interface Ledger {

    /**
     * Appends an entry. It must be called inside a transaction; if the entry cannot be written the exception rolls
     * the whole change back.
     */
    LedgerEntryView append(LedgerRecord record);

    /**
     * Appends many entries in the caller's transaction, in the order given, with far fewer round trips than one
     * {@link #append} each: for bulk work such as an import.
     */
    void appendAll(List<LedgerRecord> records);

    /** Every entry about one subject, oldest first. */
    List<LedgerEntryView> entriesAbout(String subjectType, String subjectId);

    /** The newest entries, newest first. */
    List<LedgerEntryView> latest(int limit);
}
