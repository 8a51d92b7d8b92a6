package uk.lantern.casework.internal.retention;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.ledger.LegalHold;

@RestController
@RequestMapping("/api/v1/legal-holds")
@Tag(name = "Legal holds", description = "Holds that keep a case, or every case in an area, out of the retention "
        + "purge while they stand")
@PreAuthorize("hasAuthority('MANAGE_LEGAL_HOLDS')")
class LegalHoldApiController {

    record PlaceHoldRequest(@Size(max = 10) String scope, @Size(max = 40) String reference,
                            @Size(max = 2000) String reason) {
    }

    record ReleaseHoldRequest(@Size(max = 2000) String reason) {
    }

    private final LegalHoldService holds;
    private final CurrentActor currentActor;

    LegalHoldApiController(LegalHoldService holds, CurrentActor currentActor) {
        this.holds = holds;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "Every legal hold: standing holds first, then released ones, newest first")
    List<LegalHold> list() {
        return holds.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A legal hold")
    LegalHold read(@PathVariable UUID id) {
        return holds.read(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place a hold on a case (scope CASE, reference CASE-…) or on every case in an area (scope "
            + "AREA, reference an ONS code); recorded as LEGAL_HOLD_PLACED")
    LegalHold place(@Valid @RequestBody PlaceHoldRequest request) {
        return holds.place(currentActor.get(), request.scope(), request.reference(), request.reason());
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release a standing hold, with a reason; recorded as LEGAL_HOLD_RELEASED. The next retention "
            + "purge may then purge what it held")
    LegalHold release(@PathVariable UUID id, @Valid @RequestBody ReleaseHoldRequest request) {
        return holds.release(currentActor.get(), id, request.reason());
    }
}
