package uk.lantern.casework.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.ChronologyEntry;
import uk.lantern.identity.Actor;
import uk.lantern.identity.CurrentActor;
import uk.lantern.ledger.LedgerIntegrity;

/** The chronology as standalone HTML and PDF documents, for the page's export links and the API alike. */
@Controller
class ChronologyExportController {

    private final Cases cases;
    private final CurrentActor currentActor;
    private final ChronologyDocument document;
    private final LedgerIntegrity integrity;

    ChronologyExportController(Cases cases, CurrentActor currentActor, ChronologyDocument document,
                               LedgerIntegrity integrity) {
        this.cases = cases;
        this.currentActor = currentActor;
        this.document = document;
        this.integrity = integrity;
    }

    @GetMapping({"/cases/{id}/chronology.html", "/api/v1/cases/{id}/chronology.html"})
    @ResponseBody
    @Operation(tags = "Cases", summary = "The case's chronology as an HTML document to download; the read is logged")
    @ApiResponse(responseCode = "200", description = "The chronology",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    ResponseEntity<String> html(@PathVariable CaseId id) {
        Actor actor = currentActor.get();
        List<ChronologyEntry> entries = cases.chronology(actor, id);
        CaseView caseView = cases.read(actor, id, "Chronology export");
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseView, "html"))
                .body(document.html(caseView, entries, integrity.latestCheckpoint().orElse(null)));
    }

    @GetMapping({"/cases/{id}/chronology.pdf", "/api/v1/cases/{id}/chronology.pdf"})
    @ResponseBody
    @Operation(tags = "Cases", summary = "The case's chronology as a PDF document to download; the read is logged")
    @ApiResponse(responseCode = "200", description = "The chronology",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable CaseId id) {
        Actor actor = currentActor.get();
        List<ChronologyEntry> entries = cases.chronology(actor, id);
        CaseView caseView = cases.read(actor, id, "Chronology export");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseView, "pdf"))
                .body(document.pdf(caseView, entries, integrity.latestCheckpoint().orElse(null)));
    }

    private static String attachment(CaseView caseView, String extension) {
        return ContentDisposition.attachment().filename("chronology-" + caseView.reference() + "." + extension)
                .build().toString();
    }
}
