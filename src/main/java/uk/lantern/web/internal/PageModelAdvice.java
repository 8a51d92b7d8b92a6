package uk.lantern.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.CurrentActor;
import uk.lantern.runtime.RunMode;

/** What every page's layout needs: the demo banner flag, the signed-in actor and the current path. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModelAdvice {

    private final RunMode runMode;
    private final CurrentActor currentActor;

    PageModelAdvice(RunMode runMode, CurrentActor currentActor) {
        this.runMode = runMode;
        this.currentActor = currentActor;
    }

    @ModelAttribute("demo")
    boolean demo() {
        return runMode.demo();
    }

    @ModelAttribute("signedIn")
    Actor signedIn() {
        Optional<Actor> actor = currentActor.find();
        return actor.orElse(null);
    }

    @ModelAttribute("capabilities")
    Set<String> capabilities() {
        return currentActor.find().map(actor -> Arrays.stream(Capability.values()).filter(actor::can)
                .map(Enum::name).collect(Collectors.toSet())).orElse(Set.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("navigation")
    List<ServiceNavigation.Item> navigation(HttpServletRequest request) {
        return currentActor.find().map(actor -> ServiceNavigation.forActor(actor, request.getRequestURI()))
                .orElse(List.of());
    }
}
