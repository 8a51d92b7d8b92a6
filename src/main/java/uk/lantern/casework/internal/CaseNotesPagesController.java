package uk.lantern.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNotes;
import uk.lantern.casework.Cases;
import uk.lantern.casework.NewCaseNote;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.DateInput;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.risk.LanguageCheck;
import uk.lantern.risk.LanguageFinding;

/** The case page's form for notes, visits and contacts. */
@Controller
class CaseNotesPagesController {

    private final CaseNotes notes;
    private final Cases cases;
    private final LanguageCheck languageCheck;
    private final CasePage page;
    private final CurrentActor currentActor;

    CaseNotesPagesController(CaseNotes notes, Cases cases, LanguageCheck languageCheck, CasePage page,
                             CurrentActor currentActor) {
        this.notes = notes;
        this.cases = cases;
        this.languageCheck = languageCheck;
        this.page = page;
        this.currentActor = currentActor;
    }

    /**
     * Records a note, visit or contact. Its wording is checked first, as a referral's is: the author sees the
     * suggestions once and then decides, changing the words or recording them as written.
     */
    @PostMapping("/cases/{id}/notes")
    String recordNote(@PathVariable CaseId id, @RequestParam Map<String, String> form, Model model,
                      RedirectAttributes redirect) {
        DateInput occurredOn = DateInput.from(form, "occurredOn", "Date");
        List<FieldError> dateErrors = new ArrayList<>();
        LocalDate occurred = occurredOn.parse(dateErrors);
        model.addAttribute("entered", CasePage.entered(occurredOn.entered(), "note-kind", form.get("note-kind"),
                "note-withWhom", form.get("note-withWhom"), "seenAlone", form.get("seenAlone"),
                "note-text", form.get("note-text")));
        Actor author = currentActor.get();
        List<LanguageFinding> findings = languageCheck.check(form.get("note-text"));
        // Only someone who may add to a case is asked about the wording; anyone else is refused by the step itself.
        if (!findings.isEmpty() && !"true".equals(form.get("wordingReviewed")) && author.can(Capability.WORK_CASES)) {
            model.addAttribute("languageFindings", findings);
            return page.show(model, cases.read(author, id, "Checking the wording of a case note"), dateErrors);
        }
        Boolean seenAlone = "yes".equals(form.get("seenAlone")) ? Boolean.TRUE
                : "no".equals(form.get("seenAlone")) ? Boolean.FALSE : null;
        return page.act(id, model, redirect, "Recorded.", null, Map.of("kind", "note-kind", "withWhom",
                "note-withWhom", "text", "note-text"), dateErrors, () -> notes.record(author, id, new NewCaseNote(
                        form.get("note-kind"), occurred, form.get("note-withWhom"), seenAlone, form.get("note-text"))));
    }
}
