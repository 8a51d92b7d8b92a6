package uk.lantern.resolution.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.ResolutionRunProgress;

/**
 * How far the latest batch run of each kind has gone, as {@code GET /api/v1/resolution/runs/latest} tells it, for the
 * same people: those who may run resolution. The page updates itself while a run is under way.
 */
@Controller
@PreAuthorize("hasAuthority('RUN_RESOLUTION')")
class ResolutionRunsPageController {

    /** The stages in which a run has neither started nor ended. */
    private static final Set<String> NOT_UNDER_WAY = Set.of("NONE", "FINISHED");

    private final Identities identities;

    ResolutionRunsPageController(Identities identities) {
        this.identities = identities;
    }

    @GetMapping("/resolution/runs")
    String runs(Model model) {
        List<ResolutionRunProgress> runs = Arrays.stream(RecordKind.values())
                .map(kind -> identities.runProgress(kind).orElseGet(() -> ResolutionRunProgress.none(kind)))
                .toList();
        model.addAttribute("runs", runs);
        model.addAttribute("refreshWhileRunning", runs.stream().anyMatch(run -> !NOT_UNDER_WAY.contains(run.stage())));
        return "resolution/runs";
    }
}
