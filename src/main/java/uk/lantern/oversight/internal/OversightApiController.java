package uk.lantern.oversight.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.oversight.internal.OversightViews.MeasuresView;

/** Aggregate figures only, with disclosure control already applied: no endpoint here returns a person. */
@RestController
@RequestMapping("/api/v1/oversight")
@PreAuthorize("hasAuthority('VIEW_OVERSIGHT')")
@Tag(name = "Oversight", description = "Measures by area and period under disclosure control (docs/statistics.md)")
class OversightApiController {

    private final OversightService oversight;

    OversightApiController(OversightService oversight) {
        this.oversight = oversight;
    }

    @GetMapping("/measures")
    @Operation(summary = "Every measure for a local authority, police force area or England (area, an ONS code; "
            + "default England), by month, quarter or year (by) over whole periods from..to (YYYY-MM-DD). Each "
            + "figure is a number or a symbol: c suppressed, x not available, z not applicable")
    MeasuresView measures(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String by) {
        return oversight.measures(oversight.read(area, from, to, by));
    }

    @GetMapping("/measures/export")
    @ApiResponse(responseCode = "200", description = "The figures as a file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    @Operation(summary = "The same figures as a file: format=csv (one figure a line) or xlsx")
    ResponseEntity<byte[]> export(@RequestParam String format, @RequestParam(required = false) String area,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String by) {
        return MeasuresExport.download(oversight.measures(oversight.read(area, from, to, by)), format);
    }
}
