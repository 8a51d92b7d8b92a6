package uk.lantern.identity.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.lantern.identity.AccessGrantView;
import uk.lantern.identity.BreakGlass;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.RecordRef;

/** The break-glass page: state why you need a record outside your scope; access lasts a few hours. */
@Controller
@PreAuthorize("hasAuthority('USE_BREAK_GLASS')")
class BreakGlassPageController {

    private final BreakGlass breakGlass;

    BreakGlassPageController(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @GetMapping("/break-glass")
    String form(@RequestParam String type, @RequestParam String id, Model model) {
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        model.addAttribute("errors", List.of());
        return "break-glass";
    }

    @PostMapping("/break-glass")
    String take(@AuthenticationPrincipal SignInAccount account, @RequestParam String type, @RequestParam String id,
                @RequestParam(required = false) String reason, Model model) {
        try {
            AccessGrantView grant = breakGlass.take(account.actor(),
                    new RecordRef(type.trim().toUpperCase(), id.trim()), reason);
            model.addAttribute("grant", grant);
            return "break-glass-taken";
        } catch (InvalidInputException invalid) {
            model.addAttribute("recordType", type);
            model.addAttribute("recordId", id);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", invalid.errors());
            return "break-glass";
        }
    }
}
