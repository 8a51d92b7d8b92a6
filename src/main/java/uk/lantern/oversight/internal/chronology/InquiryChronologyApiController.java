package uk.lantern.oversight.internal.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.area.Areas;
import uk.lantern.identity.CurrentActor;

@RestController
@Tag(name = "Inquiry chronologies", description = "Inquiry chronologies built from the ledger")
@PreAuthorize("hasAuthority('PRODUCE_INQUIRY_CHRONOLOGIES')")
class InquiryChronologyApiController {

    private final InquiryChronologies chronologies;
    private final CurrentActor currentActor;
    private final Areas areas;

    InquiryChronologyApiController(InquiryChronologies chronologies, CurrentActor currentActor, Areas areas) {
        this.chronologies = chronologies;
        this.currentActor = currentActor;
        this.areas = areas;
    }

    @GetMapping("/api/v1/oversight/chronology")
    @ApiResponse(responseCode = "200", description = "The chronology as a document", content = {
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @ApiResponse(responseCode = "404", description = "No case with that reference, or no child with that id")
    @ApiResponse(responseCode = "409",
            description = "A checkpoint stored in Lantern is not authentic: no chronology is verified against it")
    @Operation(summary = "An inquiry chronology: every ledger entry about a case (case=REFERENCE), a child (child=ID) "
            + "or an area's records over a window (area=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD), in sequence order, with "
            + "each entry's hash and payload digest but never its payload, verified against a signed checkpoint; "
            + "and the proof that it is in the checkpoint's tree; format=html (the default), pdf or json. Recorded as INQUIRY_CHRONOLOGY_PRODUCED")
    ResponseEntity<byte[]> chronology(@RequestParam(name = "case", required = false) String caseReference,
                                      @RequestParam(required = false) String child,
                                      @RequestParam(required = false) String area,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String format) {
        InquiryChronologies.Format chosen = InquiryChronologies.Format.read(format);
        ChronologyScope scope = ChronologyScope.read(caseReference, child, area, from, to, areas);
        return download(chronologies.produce(currentActor.get(), scope, chosen));
    }

    static ResponseEntity<byte[]> download(InquiryChronologies.Document document) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }
}
