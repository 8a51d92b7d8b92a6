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
    String form(@RequestParam String type, @RequestParam String id,
                @RequestParam(required = false) String returnTo, Model model) {
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        model.addAttribute("returnTo", localPath(returnTo));
        model.addAttribute("errors", List.of());
        return "break-glass";
    }

    @PostMapping("/break-glass")
    String take(@AuthenticationPrincipal SignInAccount account, @RequestParam String type, @RequestParam String id,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String returnTo,
                Model model) {
        model.addAttribute("returnTo", localPath(returnTo));
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

    /** The refused page to go back to: only a path on this site, never an address elsewhere. */
    private static String localPath(String returnTo) {
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\") && returnTo.chars().noneMatch(Character::isISOControl);
        return local ? returnTo : null;
    }
}
