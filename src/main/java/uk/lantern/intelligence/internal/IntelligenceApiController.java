package uk.lantern.intelligence.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelReportSummary;
import uk.lantern.intelligence.IntelReportView;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.NewSubject;

@RestController
@RequestMapping("/api/v1/intelligence")
@Tag(name = "Intelligence", description = "Intelligence reports graded 3x5x2, their subjects and links")
class IntelligenceApiController {

    record SanitisedVersionRequest(String sanitisedText) {
    }

    private final Intelligence intelligence;
    private final CurrentActor currentActor;

    IntelligenceApiController(Intelligence intelligence, CurrentActor currentActor) {
        this.intelligence = intelligence;
        this.currentActor = currentActor;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    @Operation(summary = "Record an intelligence report with its subjects and the links between them")
    ResponseEntity<IntelReportView> submit(@RequestBody NewIntelReport report) {
        return ResponseEntity.status(201).body(intelligence.submit(currentActor.get(), report));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('READ_SANITISED_INTELLIGENCE')")
    @Operation(summary = "The reports you may see, in full or sanitised, newest information first")
    List<IntelReportSummary> list(@RequestParam(defaultValue = "0") int offset,
                                  @RequestParam(defaultValue = "50") int limit) {
        return intelligence.list(currentActor.get(), offset, limit);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('READ_SANITISED_INTELLIGENCE')")
    @Operation(summary = "A report, in full or as its sanitised version as the handling code allows; the read is "
            + "recorded in the ledger")
    IntelReportView read(@PathVariable IntelReportId id) {
        return intelligence.read(currentActor.get(), id);
    }

    @PostMapping("/{id}/subjects")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    @Operation(summary = "Add a subject to a report of your own agency")
    IntelReportView addSubject(@PathVariable IntelReportId id, @RequestBody NewSubject subject) {
        return intelligence.addSubject(currentActor.get(), id, subject);
    }

    @PostMapping("/{id}/links")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    @Operation(summary = "Add a stated link between two subjects to a report of your own agency")
    IntelReportView addLink(@PathVariable IntelReportId id, @RequestBody NewLink link) {
        return intelligence.addLink(currentActor.get(), id, link);
    }

    @PutMapping("/{id}/sanitised-version")
    @PreAuthorize("hasAuthority('SUBMIT_INTELLIGENCE')")
    @Operation(summary = "Set the version of a report that may be shared more widely")
    IntelReportView sanitise(@PathVariable IntelReportId id, @RequestBody SanitisedVersionRequest request) {
        return intelligence.setSanitisedVersion(currentActor.get(), id, request.sanitisedText());
    }
}
