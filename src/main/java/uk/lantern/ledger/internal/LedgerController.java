package uk.lantern.ledger.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerIntegrity;
import uk.lantern.ledger.LedgerVerification;
import uk.lantern.ledger.UnauthenticCheckpointException;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger", description = "Verify the tamper-evident ledger and export signed checkpoints")
@PreAuthorize("hasAuthority('VERIFY_LEDGER')")
class LedgerController {

    private final LedgerIntegrity integrity;

    LedgerController(LedgerIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the whole chain and check it against every checkpoint Lantern has issued")
    LedgerVerification verify() {
        return integrity.verify();
    }

    @PostMapping("/verification")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422",
            description = "A checkpoint was not signed by this installation's key, or was altered")
    @Operation(summary = "Walk the whole chain and check it against checkpoints kept outside Lantern")
    LedgerVerification verifyAgainst(@RequestBody List<Checkpoint> checkpoints) {
        return integrity.verify(checkpoints);
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "Export a signed checkpoint of the current head of the chain, to keep outside Lantern")
    Checkpoint latestCheckpoint(Authentication authentication) {
        return integrity.checkpointOfHead((LedgerActor) authentication.getPrincipal());
    }

    @ExceptionHandler(UnauthenticCheckpointException.class)
    ProblemDetail unauthentic(UnauthenticCheckpointException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        problem.setTitle("Checkpoint not authentic");
        return problem;
    }
}
