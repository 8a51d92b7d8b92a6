package uk.lantern.network.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.network.internal.NetworkViews.Dossier;
import uk.lantern.network.internal.NetworkViews.NetworkSubjectView;

/**
 * The network pages: the dossiers an investigator or analyst may see, and one dossier with its chart, members,
 * children and every link's evidence. Both narrow by a time window and by grading; a filter that cannot be read is
 * shown with its errors and the unfiltered view.
 */
@Controller
@PreAuthorize("hasAuthority('ANALYSE_NETWORKS')")
class NetworkPagesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NetworkService networks;
    private final CurrentActor currentActor;

    NetworkPagesController(NetworkService networks, CurrentActor currentActor) {
        this.networks = networks;
        this.currentActor = currentActor;
    }

    @GetMapping("/networks")
    String list(@RequestParam Map<String, String> form, Model model) {
        NetworkFilter filter = filterOrErrors(form, model);
        model.addAttribute("networks", networks.networks(currentActor.get(), filter));
        return "network/list";
    }

    @GetMapping("/networks/{id}")
    String dossier(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        NetworkFilter filter = filterOrErrors(form, model);
        Dossier dossier = networks.dossier(currentActor.get(), id, filter);
        Map<String, String> labels = new HashMap<>();
        Stream.concat(dossier.members().stream(), dossier.children().stream())
                .forEach(subject -> labels.put(subject.id(), subject.label()));
        model.addAttribute("dossier", dossier);
        model.addAttribute("labels", labels);
        model.addAttribute("chart", JSON.writeValueAsString(chartElements(dossier)));
        model.addAttribute("filterParameters", filter.parameters());
        return "network/dossier";
    }

    /** The dossier page's GraphML and i2 links: the same files as the API's, downloaded with the session. */
    @GetMapping("/networks/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam Map<String, String> form) {
        return DossierDownload.of(networks, currentActor.get(), id, form.get("format"), NetworkFilter.read(
                form.get("from"), form.get("to"), form.get("source"), form.get("intelligence")));
    }

    private static NetworkFilter filterOrErrors(Map<String, String> form, Model model) {
        model.addAttribute("form", form);
        try {
            return NetworkFilter.read(form.get("from"), form.get("to"), form.get("source"), form.get("intelligence"));
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.errors());
            return NetworkFilter.EVERYTHING;
        }
    }

    /** The dossier as Cytoscape.js elements: a node per subject and an edge per link. */
    private static List<Map<String, Object>> chartElements(Dossier dossier) {
        Stream<Map<String, Object>> nodes = Stream.concat(dossier.members().stream(), dossier.children().stream())
                .map(NetworkPagesController::node);
        Stream<Map<String, Object>> edges = dossier.links().stream().map(link -> Map.of("group", "edges", "data",
                Map.of("id", link.from() + "|" + link.type() + "|" + link.to(), "source", link.from(),
                        "target", link.to(), "label", link.description(), "evidence", link.evidence().size())));
        return Stream.concat(nodes, edges).toList();
    }

    private static Map<String, Object> node(NetworkSubjectView subject) {
        String kind = subject.suspect() ? "suspect" : subject.type();
        return Map.of("group", "nodes", "data", Map.of("id", subject.id(), "label", subject.label(), "kind", kind));
    }
}
