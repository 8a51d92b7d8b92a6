package uk.lantern.identity.internal;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.IdentityProperties;
import uk.lantern.identity.InvalidInputException;

/** The account page: who you are, your API tokens, and changing your password. */
@Controller
class AccountPageController {

    private final ApiTokens tokens;
    private final IdentityAdministration administration;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;
    private final CurrentSession currentSession;

    AccountPageController(ApiTokens tokens, IdentityAdministration administration, AccountRepository accounts,
                          PasswordEncoder passwordEncoder, IdentityProperties properties,
                          CurrentSession currentSession) {
        this.properties = properties;
        this.currentSession = currentSession;
        this.tokens = tokens;
        this.administration = administration;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignInAccount account, Model model) {
        model.addAttribute("actor", account.actor());
        model.addAttribute("tokens", tokens.tokensOf(account.actor().userId()));
        model.addAttribute("maxDays", properties.personalTokenMaxLifetime().toDays());
        model.addAttribute("minimumPasswordLength", properties.minimumPasswordLength());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "account";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal SignInAccount account, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String daysValid, RedirectAttributes redirect) {
        try {
            ApiTokens.IssuedToken issued = tokens.issuePersonalToken(account, name, parseDays(daysValid));
            redirect.addFlashAttribute("newToken", issued);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
            redirect.addFlashAttribute("tokenName", name);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignInAccount account, @PathVariable UUID id,
                       RedirectAttributes redirect) {
        try {
            tokens.revoke(account, id);
            redirect.addFlashAttribute("notice", "The token has been revoked");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignInAccount account,
                          @RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, RedirectAttributes redirect,
                          HttpServletRequest request, HttpServletResponse response) {
        String storedHash = accounts.byId(account.actor().userId()).map(SignInAccount::getPassword).orElse("");
        try {
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, storedHash)) {
                throw new InvalidInputException("currentPassword", "Your current password is incorrect");
            }
            administration.changePassword(account, account.actor().userId(), newPassword);
            currentSession.continueAfterPasswordChange(account.actor().userId(), request, response);
            redirect.addFlashAttribute("notice", "Your password has been changed. You have been signed out "
                    + "everywhere else, and your API tokens have been revoked");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
        }
        return "redirect:/account";
    }

    private static Integer parseDays(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
