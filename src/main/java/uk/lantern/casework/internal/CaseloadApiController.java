package uk.lantern.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.casework.CaseloadView;
import uk.lantern.casework.Caseloads;
import uk.lantern.identity.CurrentActor;

@RestController
@Tag(name = "Cases")
class CaseloadApiController {

    private final Caseloads caseloads;
    private final CurrentActor currentActor;

    CaseloadApiController(Caseloads caseloads, CurrentActor currentActor) {
        this.caseloads = caseloads;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/caseload")
    @Operation(summary = "My caseload, or for managers and the front door their team's, with overdue items first and "
            + "each social worker's load; allocate with POST /api/v1/cases/{id}/assignment. The cases shown are "
            + "logged as read")
    CaseloadView caseload() {
        return caseloads.caseload(currentActor.get());
    }
}
