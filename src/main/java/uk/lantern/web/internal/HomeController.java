package uk.lantern.web.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.lantern.area.Areas;
import uk.lantern.identity.AccessGrantView;
import uk.lantern.identity.Actor;
import uk.lantern.identity.BreakGlass;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Role;

/** The home page: one section for each of the signed-in user's roles. */
@Controller
class HomeController {

    private final CurrentActor currentActor;
    private final BreakGlass breakGlass;
    private final Areas areas;

    HomeController(CurrentActor currentActor, BreakGlass breakGlass, Areas areas) {
        this.currentActor = currentActor;
        this.breakGlass = breakGlass;
        this.areas = areas;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("actor", actor);
        model.addAttribute("areaName", areas.find(actor.areaCode()).map(area -> area.name()).orElse(actor.areaCode()));
        model.addAttribute("roles", List.of(Role.values()).stream().filter(actor::hasRole).toList());
        if (actor.can(Capability.REVIEW_BREAK_GLASS)) {
            List<AccessGrantView> recent = breakGlass.recentInAgencyOf(actor);
            model.addAttribute("breakGlassUses", recent);
        }
        return "home";
    }
}
