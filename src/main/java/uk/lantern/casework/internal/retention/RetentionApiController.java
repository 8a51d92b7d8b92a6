package uk.lantern.casework.internal.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;

@RestController
@RequestMapping("/api/v1/admin/retention")
@Tag(name = "Retention", description = "The retention schedule for closed cases")
@PreAuthorize("hasAuthority('RUN_RETENTION_PURGE')")
class RetentionApiController {

    private final RetentionPurge purge;
    private final CurrentActor currentActor;

    RetentionApiController(RetentionPurge purge, CurrentActor currentActor) {
        this.purge = purge;
        this.currentActor = currentActor;
    }

    @PostMapping("/purge")
    @Operation(summary = "Run the retention purge now: the narrative of cases closed longer ago than the retention "
            + "period is replaced with a marker, except where a legal hold stands; returns what was purged and "
            + "withheld")
    RetentionPurge.PurgeRun purge() {
        return purge.run(currentActor.get());
    }
}
