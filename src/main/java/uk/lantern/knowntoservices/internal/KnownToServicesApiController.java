package uk.lantern.knowntoservices.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.people.ChildId;
import uk.lantern.people.KnownPicture;
import uk.lantern.people.KnownToServices;

/** The known-to-services picture of a child for other systems, cut and logged as on the pages. */
@RestController
@RequestMapping("/api/v1/children/{id}/known-to-services")
@Tag(name = "Known to services", description = "What every agency knows about a child, as the caller may see it")
class KnownToServicesApiController {

    /** A request for the analysts to decide whether another record is the same child. */
    record KnownJoinRequest(UUID otherRecord, @Size(max = 2000) String reason) {
    }

    private final KnownToServices known;
    private final CurrentActor currentActor;

    KnownToServicesApiController(KnownToServices known, CurrentActor currentActor) {
        this.known = known;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(summary = "The child's records, referrals and decisions, screenings, cases, missing episodes, "
            + "intelligence and possible duplicates across agencies, as far as the caller may see them; "
            + "logged as one read naming every record shown")
    KnownPicture picture(@PathVariable ChildId id) {
        return known.about(currentActor.get(), id);
    }

    @PostMapping("/join-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "Asked: the pair waits for an analyst")
    @Operation(summary = "Ask the analysts to decide whether another record is the same child; the pair waits in "
            + "their review queue with the reason")
    void askToJoin(@PathVariable ChildId id, @Valid @RequestBody KnownJoinRequest request) {
        known.askToJoin(currentActor.get(), id, request.otherRecord() == null ? null
                : new ChildId(request.otherRecord()), request.reason());
    }
}
