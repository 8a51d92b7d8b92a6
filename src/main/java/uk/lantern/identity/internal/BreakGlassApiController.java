package uk.lantern.identity.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.AccessGrantView;
import uk.lantern.identity.BreakGlass;
import uk.lantern.identity.RecordRef;

@RestController
@RequestMapping("/api/v1/break-glass")
@Tag(name = "Break-glass", description = "Time-limited access outside one's scope, with a stated reason")
class BreakGlassApiController {

    record BreakGlassRequest(@NotBlank @Size(max = 40) String recordType, @NotBlank @Size(max = 64) String recordId,
                             @NotBlank @Size(max = BreakGlassService.MAXIMUM_REASON_LENGTH) String reason) {
    }

    private final BreakGlass breakGlass;

    BreakGlassApiController(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PreAuthorize("hasAuthority('USE_BREAK_GLASS')")
    @Operation(summary = "Take break-glass access to a record; it is recorded and reported to managers")
    ResponseEntity<AccessGrantView> take(@AuthenticationPrincipal SignInAccount account,
                                         @Valid @RequestBody BreakGlassRequest request) {
        AccessGrantView grant = breakGlass.take(account.actor(),
                new RecordRef(request.recordType().trim().toUpperCase(), request.recordId().trim()), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(grant);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    @Operation(summary = "Break-glass access taken in my agency in the last 30 days")
    List<AccessGrantView> recent(@AuthenticationPrincipal SignInAccount account) {
        return breakGlass.recentInAgencyOf(account.actor());
    }
}
