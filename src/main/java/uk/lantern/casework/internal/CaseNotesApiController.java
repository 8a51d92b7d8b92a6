package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNoteView;
import uk.lantern.casework.CaseNotes;
import uk.lantern.casework.NewCaseNote;
import uk.lantern.identity.CurrentActor;
import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;

@RestController
@RequestMapping("/api/v1/cases/{id}/notes")
@Tag(name = "Cases")
class CaseNotesApiController {

    /**
     * A note, visit or contact: {@code kind} is NOTE, VISIT or CONTACT; {@code withWhom} is required for a visit or a
     * contact, and {@code seenAlone} for a visit.
     */
    record CaseNoteRequest(@Size(max = 20) String kind, LocalDate occurredOn,
                           @Size(max = CaseNoteService.MAX_WITH_WHOM) String withWhom, Boolean seenAlone,
                           @Size(max = CaseInput.MAX_TEXT) String text) {
    }

    /**
     * The note as recorded. {@code languageFindings} lists wording in its text that published guidance advises
     * against, with suggested alternatives; the note is recorded as written either way, as a referral is.
     */
    record CaseNoteResponse(CaseNoteView note, List<LanguageFinding> languageFindings) {
    }

    private final CaseNotes notes;
    private final CurrentActor currentActor;
    private final LanguageCheck languageCheck;

    CaseNotesApiController(CaseNotes notes, CurrentActor currentActor, LanguageCheck languageCheck) {
        this.notes = notes;
        this.currentActor = currentActor;
        this.languageCheck = languageCheck;
    }

    @GetMapping
    @Operation(summary = "The case's notes, visits and contacts, the latest first; the read is logged")
    List<CaseNoteView> notes(@PathVariable CaseId id) {
        return notes.notes(currentActor.get(), id);
    }

    @PostMapping
    @Operation(summary = "Record a case note, a visit (who was seen, and whether the child was seen alone) or a "
            + "contact, with a check of its wording")
    CaseNoteResponse record(@PathVariable CaseId id, @Valid @RequestBody CaseNoteRequest request) {
        CaseNoteView note = notes.record(currentActor.get(), id, new NewCaseNote(request.kind(), request.occurredOn(),
                request.withWhom(), request.seenAlone(), request.text()));
        return new CaseNoteResponse(note, languageCheck.check(note.text()));
    }
}
