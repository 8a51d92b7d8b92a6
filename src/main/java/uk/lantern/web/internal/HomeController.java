package uk.lantern.web.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.lantern.area.Areas;
import uk.lantern.deadline.Deadlines;
import uk.lantern.identity.Actor;
import uk.lantern.identity.BreakGlass;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Role;
import uk.lantern.referral.Referrals;

/** The home page: one section for each of the signed-in user's roles, with what is waiting for them. */
@Controller
class HomeController {

    private final CurrentActor currentActor;
    private final BreakGlass breakGlass;
    private final Deadlines deadlines;
    private final Referrals referrals;
    private final Areas areas;

    HomeController(CurrentActor currentActor, BreakGlass breakGlass, Deadlines deadlines, Referrals referrals,
                   Areas areas) {
        this.currentActor = currentActor;
        this.breakGlass = breakGlass;
        this.deadlines = deadlines;
        this.referrals = referrals;
        this.areas = areas;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("actor", actor);
        model.addAttribute("areaName", areas.find(actor.areaCode()).map(area -> area.name()).orElse(actor.areaCode()));
        model.addAttribute("roles", List.of(Role.values()).stream().filter(actor::hasRole).toList());
        // Referrers have the link in their own section; other practitioners get it once, at the foot.
        model.addAttribute("showRaiseLink", actor.can(Capability.RAISE_REFERRAL) && !actor.hasRole(Role.REFERRER));
        if (actor.can(Capability.REVIEW_BREAK_GLASS)) {
            model.addAttribute("breakGlassUses", breakGlass.recentInAgencyOf(actor));
        }
        if (actor.hasRole(Role.MANAGER)) {
            model.addAttribute("escalations", deadlines.openEscalationsFor(actor.userId()));
            model.addAttribute("awaitingSignOff", referrals.awaitingSignOff(actor));
        }
        return "home";
    }
}
