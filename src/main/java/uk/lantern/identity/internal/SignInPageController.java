package uk.lantern.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.lantern.identity.IdentityProperties;

@Controller
class SignInPageController {

    private final IdentityProperties properties;

    SignInPageController(IdentityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                  @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(required = false) String ended, Model model) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignInAccount) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("problem", "Enter a correct username and password");
        } else if (locked != null) {
            model.addAttribute("problem", "You have entered incorrect details too many times. Your account is "
                    + "locked for " + properties.lockoutDuration().toMinutes() + " minutes");
        }
        model.addAttribute("notice", signedOut != null ? "You have signed out"
                : ended != null ? "Your session has ended. Sign in again" : null);
        return "sign-in";
    }
}
