package uk.lantern.casework.internal.retention;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.ledger.HoldScope;
import uk.lantern.ledger.LegalHold;

/** The legal-hold register: every hold, a form to place one, and each hold's page with its release form. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_LEGAL_HOLDS')")
class LegalHoldPagesController {

    /** A radio option. */
    record Option(String value, String label) {
    }

    static final List<Option> SCOPES = List.of(
            new Option(HoldScope.CASE.name(), "One case"),
            new Option(HoldScope.AREA.name(), "Every case in an area"));

    private final LegalHoldService holds;
    private final CurrentActor currentActor;

    LegalHoldPagesController(LegalHoldService holds, CurrentActor currentActor) {
        this.holds = holds;
        this.currentActor = currentActor;
    }

    @GetMapping("/legal-holds")
    String list(Model model) {
        return listPage(model, null, null, null, List.of());
    }

    @PostMapping("/legal-holds")
    String place(@RequestParam(required = false) String scope, @RequestParam(required = false) String reference,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            LegalHold placed = holds.place(currentActor.get(), scope, reference, reason);
            redirect.addFlashAttribute("notice", "Hold placed on " + describe(placed) + ". The retention purge will "
                    + "leave it alone until the hold is released.");
            return "redirect:/legal-holds";
        } catch (InvalidInputException invalid) {
            return listPage(model, scope, reference, reason, invalid.errors());
        }
    }

    @GetMapping("/legal-holds/{id}")
    String hold(@PathVariable UUID id, Model model) {
        return holdPage(model, holds.read(id), null, List.of());
    }

    @PostMapping("/legal-holds/{id}/release")
    String release(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                   RedirectAttributes redirect) {
        try {
            LegalHold released = holds.release(currentActor.get(), id, reason);
            redirect.addFlashAttribute("notice", "Hold on " + describe(released) + " released. The next retention "
                    + "purge may purge what it held.");
            return "redirect:/legal-holds";
        } catch (InvalidInputException invalid) {
            return holdPage(model, holds.read(id), reason, invalid.errors());
        }
    }

    static String describe(LegalHold hold) {
        return (hold.scope() == HoldScope.CASE ? "case " : "area ") + hold.reference();
    }

    private String listPage(Model model, String scope, String reference, String reason,
                            List<InvalidInputException.FieldError> errors) {
        List<LegalHold> all = holds.all();
        model.addAttribute("standing", all.stream().filter(LegalHold::standing).toList());
        model.addAttribute("released", all.stream().filter(hold -> !hold.standing()).toList());
        model.addAttribute("scopes", SCOPES);
        model.addAttribute("scope", scope);
        model.addAttribute("reference", reference);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "legal-holds/list";
    }

    private String holdPage(Model model, LegalHold hold, String reason,
                            List<InvalidInputException.FieldError> errors) {
        model.addAttribute("hold", hold);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "legal-holds/hold";
    }
}
