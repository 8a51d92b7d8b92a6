package uk.lantern.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNoteKind;
import uk.lantern.casework.CaseNoteView;
import uk.lantern.casework.CaseNotes;
import uk.lantern.casework.NewCaseNote;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerRecord;

import static uk.lantern.casework.internal.CaseInput.fail;
import static uk.lantern.casework.internal.CaseInput.narrativeDigest;
import static uk.lantern.casework.internal.CaseInput.notFuture;
import static uk.lantern.casework.internal.CaseInput.optional;
import static uk.lantern.casework.internal.CaseInput.parse;
import static uk.lantern.casework.internal.CaseInput.required;
import static uk.lantern.casework.internal.CaseInput.today;

@Service
class CaseNoteService implements CaseNotes {

    static final int MAX_WITH_WHOM = 200;

    private final CaseGate gate;
    private final CaseNoteRepository notes;
    private final Ledger ledger;
    private final Clock clock;

    CaseNoteService(CaseGate gate, CaseNoteRepository notes, Ledger ledger, Clock clock) {
        this.gate = gate;
        this.notes = notes;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CaseNoteView record(Actor author, CaseId id, NewCaseNote note) {
        gate.forChange(author, id, Capability.WORK_CASES);
        List<FieldError> errors = new ArrayList<>();
        CaseNoteKind kind = parse(CaseNoteKind.class, note.kind(), "kind",
                "Select whether this is a case note, a visit or a contact", errors);
        LocalDate occurredOn = notFuture(note.occurredOn(), today(clock), "occurredOn",
                kind == null ? "the note" : "the " + kind.label().toLowerCase(), errors);
        String withWhom = optional(note.withWhom(), "withWhom", MAX_WITH_WHOM, errors);
        if (withWhom == null && kind != null && kind != CaseNoteKind.NOTE) {
            errors.add(new FieldError("withWhom", kind == CaseNoteKind.VISIT ? "Enter who was seen on the visit"
                    : "Enter who the contact was with"));
        }
        // Whether the child was seen alone is asked on every visit; on a note or contact it is not asked.
        Boolean seenAlone = kind == CaseNoteKind.VISIT ? note.seenAlone() : null;
        if (kind == CaseNoteKind.VISIT && seenAlone == null) {
            errors.add(new FieldError("seenAlone", "Select whether the child was seen alone"));
        }
        String text = required(note.text(), "text", "Enter what happened", errors);
        fail(errors);
        UUID noteId = notes.insert(id, kind, occurredOn, withWhom, seenAlone, text, author.userId(), clock.instant());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("note", noteId.toString());
        payload.put("kind", kind.name());
        payload.put("occurredOn", occurredOn.toString());
        if (seenAlone != null) {
            payload.put("seenAlone", seenAlone);
        }
        payload.put("textDigest", narrativeDigest(text));
        ledger.append(new LedgerRecord(author, "CASE_NOTE_RECORDED", CaseAccess.RECORD_TYPE, id.toString(),
                payload));
        return notes.of(id).stream().filter(stored -> stored.id().equals(noteId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public List<CaseNoteView> notes(Actor reader, CaseId id) {
        gate.forRead(reader, id, "Case notes");
        return notes.of(id);
    }
}
