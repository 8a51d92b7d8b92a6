package uk.lantern.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.casework.CaseId;

/**
 * The chronology documents through the API. A REST controller of its own, so that a refusal or a bad id answers as
 * an API problem, never as the 403 page.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Cases")
class ChronologyExportApiController {

    private final ChronologyExports exports;

    ChronologyExportApiController(ChronologyExports exports) {
        this.exports = exports;
    }

    @GetMapping("/chronology.html")
    @Operation(summary = "The case's chronology as an HTML document to download; the read is logged")
    @ApiResponse(responseCode = "200", description = "The chronology",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    ResponseEntity<String> html(@PathVariable CaseId id) {
        return exports.html(id);
    }

    @GetMapping("/chronology.pdf")
    @Operation(summary = "The case's chronology as a PDF document to download; the read is logged")
    @ApiResponse(responseCode = "200", description = "The chronology",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable CaseId id) {
        return exports.pdf(id);
    }
}
