package uk.lantern.identity.internal;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.lantern.area.AreaType;
import uk.lantern.area.Areas;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyType;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.IdentityProperties;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.Role;
import uk.lantern.identity.UserChanges;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;

/** User and agency administration in the browser. */
@Controller
class AdminPagesController {

    private final Directory directory;
    private final IdentityAdministration administration;
    private final Areas areas;
    private final Clock clock;
    private final IdentityProperties properties;
    private final CurrentSession currentSession;

    AdminPagesController(Directory directory, IdentityAdministration administration, Areas areas, Clock clock,
                         IdentityProperties properties, CurrentSession currentSession) {
        this.properties = properties;
        this.currentSession = currentSession;
        this.directory = directory;
        this.administration = administration;
        this.areas = areas;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("agencyTypes", AgencyType.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("minimumPasswordLength", properties.minimumPasswordLength());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String users(Model model) {
        model.addAttribute("users", directory.users());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String newUser(Model model) {
        return userForm(model, new UserForm(), null);
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String createUser(@AuthenticationPrincipal SignInAccount admin, @ModelAttribute("form") UserForm form,
                      Model model, RedirectAttributes redirect) {
        try {
            UserView created = administration.createUser(admin, new NewUser(form.getUsername(), form.getDisplayName(),
                    form.getEmail(), form.getAgencyId(), form.getRoles(), form.getPassword()));
            redirect.addFlashAttribute("notice", "User " + created.username() + " created");
            return "redirect:/admin/users";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            return userForm(model, form, null);
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String editUser(@PathVariable UserId id, Model model) {
        UserView user = directory.user(id).orElseThrow(() -> new RecordNotFoundException("RECORD"));
        return userForm(model, UserForm.from(user), user);
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String updateUser(@AuthenticationPrincipal SignInAccount admin, @PathVariable UserId id,
                      @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        UserView user = directory.user(id).orElseThrow(() -> new RecordNotFoundException("RECORD"));
        try {
            administration.updateUser(admin, id, new UserChanges(form.getDisplayName(), form.getEmail(),
                    form.getAgencyId(), form.getRoles(), form.isEnabled(), form.isHeadOfService()));
            redirect.addFlashAttribute("notice", "User " + user.username() + " updated");
            return "redirect:/admin/users";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            return userForm(model, form, user);
        }
    }

    @PostMapping("/admin/users/{id}/unlock")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String unlock(@AuthenticationPrincipal SignInAccount admin, @PathVariable UserId id, RedirectAttributes redirect) {
        administration.unlock(admin, id);
        redirect.addFlashAttribute("notice", "Account unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    String resetPassword(@AuthenticationPrincipal SignInAccount admin, @PathVariable UserId id,
                         @RequestParam(required = false) String newPassword, RedirectAttributes redirect,
                         HttpServletRequest request, HttpServletResponse response) {
        try {
            administration.changePassword(admin, id, newPassword);
            if (id.equals(admin.actor().userId())) {
                currentSession.continueAfterPasswordChange(id, request, response);
            }
            redirect.addFlashAttribute("notice", "Password reset. The user's sessions have ended and their API "
                    + "tokens are revoked. Tell them the new password through a separate channel");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("errors", invalid.errors());
        }
        return "redirect:/admin/users/" + id;
    }

    private String userForm(Model model, UserForm form, UserView existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("agencies", directory.agencies());
        return "admin/user-form";
    }

    @GetMapping("/admin/agencies")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    String agencies(Model model) {
        model.addAttribute("agencies", directory.agencies());
        return "admin/agencies";
    }

    @GetMapping("/admin/agencies/new")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    String newAgency(Model model) {
        return agencyForm(model, new AgencyForm(), null);
    }

    @PostMapping("/admin/agencies")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    String createAgency(@AuthenticationPrincipal SignInAccount admin, @ModelAttribute("form") AgencyForm form,
                        Model model, RedirectAttributes redirect) {
        try {
            var created = administration.createAgency(admin, form.toNewAgency());
            redirect.addFlashAttribute("notice", "Agency " + created.name() + " created");
            return "redirect:/admin/agencies";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            return agencyForm(model, form, null);
        }
    }

    @GetMapping("/admin/agencies/{id}")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    String editAgency(@PathVariable AgencyId id, Model model) {
        var agency = directory.agency(id).orElseThrow(() -> new RecordNotFoundException("RECORD"));
        return agencyForm(model, AgencyForm.from(agency), id);
    }

    @PostMapping("/admin/agencies/{id}")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    String updateAgency(@AuthenticationPrincipal SignInAccount admin, @PathVariable AgencyId id,
                        @ModelAttribute("form") AgencyForm form, Model model, RedirectAttributes redirect) {
        directory.agency(id).orElseThrow(() -> new RecordNotFoundException("RECORD"));
        try {
            var updated = administration.updateAgency(admin, id, form.toNewAgency());
            redirect.addFlashAttribute("notice", "Agency " + updated.name() + " updated");
            return "redirect:/admin/agencies";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            return agencyForm(model, form, id);
        }
    }

    private String agencyForm(Model model, AgencyForm form, AgencyId existing) {
        model.addAttribute("form", form);
        model.addAttribute("existingId", existing);
        model.addAttribute("localAuthorities", areas.ofType(AreaType.LOCAL_AUTHORITY));
        model.addAttribute("policeForceAreas", areas.ofType(AreaType.POLICE_FORCE_AREA));
        model.addAttribute("nations", areas.ofType(AreaType.NATION));
        return "admin/agency-form";
    }
}
