package uk.lantern.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.interchange.ImportProgress;
import uk.lantern.interchange.ImportReport;
import uk.lantern.interchange.Importer;
import uk.lantern.runtime.Uploads;

@RestController
@Tag(name = "Import", description = "Bring records in from other systems in the interchange format")
class ImportApiController {

    private final Importer importer;
    private final CurrentActor currentActor;
    private final Uploads uploads;

    ImportApiController(Importer importer, CurrentActor currentActor, Uploads uploads) {
        this.importer = importer;
        this.currentActor = currentActor;
        this.uploads = uploads;
    }

    @PostMapping(value = "/api/v1/imports", consumes = {"application/x-ndjson", "text/csv"})
    @PreAuthorize("hasAuthority('IMPORT_RECORDS')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The file itself as the "
            + "body, not a multipart form (docs/import-format.md); name it with the X-File-Name header", content = {
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "200", description = "Committed: every record is in", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "Rejected, nothing stored: the report names the line and field of "
            + "every problem", useReturnTypeSchema = true)
    @Operation(summary = "Import a JSON Lines file (application/x-ndjson) or referrals as CSV (text/csv)",
            description = "All or nothing: 200 with the report when committed; 422 with the report, naming the line "
                    + "and field of every problem, when rejected. Importing the same file again changes nothing.")
    ResponseEntity<ImportReport> importFile(HttpServletRequest request,
                                            @RequestHeader(value = "X-File-Name", required = false) String fileName)
            throws IOException {
        Path upload;
        try (InputStream body = request.getInputStream()) {
            upload = uploads.receive(body, "import-");
        }
        try {
            String name = ImportFileNames.of(fileName);
            boolean csv = request.getContentType() != null && request.getContentType().startsWith("text/csv");
            ImportReport report = csv
                    ? importer.importReferralCsv(currentActor.get(), upload, name)
                    : importer.importJsonLines(currentActor.get(), upload, name);
            return ResponseEntity.status(report.committed() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(report);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/api/v1/imports/running")
    @PreAuthorize("hasAuthority('IMPORT_RECORDS')")
    @Operation(summary = "The imports running now, with how far each has got",
            description = "Records checked or stored so far in the current phase (CHECKING, then STORING), the rate "
                    + "and the estimated time left. An import that has ended is no longer listed; its report is the "
                    + "answer to its POST.")
    List<ImportProgress> running() {
        return importer.running();
    }
}
