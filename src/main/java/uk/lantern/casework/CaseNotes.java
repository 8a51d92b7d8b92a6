package uk.lantern.casework;

import java.util.List;

import uk.lantern.identity.Actor;

/**
 * Case notes, visits and contacts. Only those who may read a case read its notes (the read is logged), and only those
 * who may change it add to it; each note is recorded in the ledger in the same transaction, as a digest of its text.
 */
public interface CaseNotes {

    CaseNoteView record(Actor author, CaseId id, NewCaseNote note);

    /** The case's notes, newest first. */
    List<CaseNoteView> notes(Actor reader, CaseId id);
}
