package uk.lantern.network.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.network.internal.NetworkViews.Dossier;
import uk.lantern.network.internal.NetworkViews.NeighbourhoodView;
import uk.lantern.network.internal.NetworkViews.NetworkSummary;
import uk.lantern.network.internal.NetworkViews.PathView;

/**
 * Networks over the evidence the caller may see. Every endpoint takes the same optional filter: {@code from} and
 * {@code to} (dates, inclusive) and the worst {@code source} (1–3) and {@code intelligence} (A–E) grade to keep.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('ANALYSE_NETWORKS')")
@Tag(name = "Networks", description = "Network dossiers, neighbourhoods, paths and exports, for investigators and "
        + "analysts")
class NetworkApiController {

    private final NetworkService networks;
    private final CurrentActor currentActor;

    NetworkApiController(NetworkService networks, CurrentActor currentActor) {
        this.networks = networks;
        this.currentActor = currentActor;
    }

    @GetMapping("/networks")
    @Operation(summary = "Every network dossier (two or more suspects linked to two or more children), with its "
            + "member and child counts, most children first")
    List<NetworkSummary> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String source,
                              @RequestParam(required = false) String intelligence) {
        return networks.networks(currentActor.get(), NetworkFilter.read(from, to, source, intelligence));
    }

    @GetMapping("/networks/{id}")
    @Operation(summary = "A network dossier: every member and child with centrality, every link with its evidence "
            + "and grading, first and last seen, the areas covered; the read is recorded in the ledger")
    Dossier dossier(@PathVariable String id, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String source,
                    @RequestParam(required = false) String intelligence) {
        return networks.dossier(currentActor.get(), id, NetworkFilter.read(from, to, source, intelligence));
    }

    @GetMapping("/networks/{id}/export")
    @ApiResponse(responseCode = "200", description = "The export as a file", content = {
            @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @Operation(summary = "A network dossier as GraphML, or as the entity or link CSV for i2 Analyst's Notebook "
            + "(format=graphml, i2-entities or i2-links); the export is recorded in the ledger")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam String format,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String source,
                                  @RequestParam(required = false) String intelligence) {
        return DossierDownload.of(networks, currentActor.get(), id, format, NetworkFilter.read(from, to, source,
                intelligence));
    }

    @GetMapping("/subjects/{id}/neighbourhood")
    @Operation(summary = "The subjects within some hops (1 to 3) of a subject, given by its node id or any of its "
            + "records' ids, and the links among them with their evidence")
    NeighbourhoodView neighbourhood(@PathVariable String id, @RequestParam(defaultValue = "2") int hops,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String source,
                                    @RequestParam(required = false) String intelligence) {
        return networks.neighbourhood(currentActor.get(), id, hops, NetworkFilter.read(from, to, source,
                intelligence));
    }

    @GetMapping("/paths")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404",
            description = "A subject that does not exist, that the caller may not see, or that the filter leaves out")
    @Operation(summary = "The shortest chain of links between two subjects, with the evidence for each hop")
    PathView path(@RequestParam(name = "from") String start, @RequestParam(name = "to") String end,
                  @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                  @RequestParam(required = false) String source,
                  @RequestParam(required = false) String intelligence) {
        return networks.path(currentActor.get(), start, end, NetworkFilter.read(since, until, source,
                intelligence));
    }
}
