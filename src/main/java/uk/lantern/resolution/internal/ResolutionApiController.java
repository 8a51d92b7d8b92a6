package uk.lantern.resolution.internal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.people.RecordKind;
import uk.lantern.resolution.Identities;
import uk.lantern.resolution.IdentityView;
import uk.lantern.resolution.MatchView;
import uk.lantern.resolution.ResolutionRunProgress;
import uk.lantern.resolution.ResolutionSummary;
import uk.lantern.resolution.ResolvedRecord;
import uk.lantern.resolution.ReviewQueue;

@RestController
@RequestMapping("/api/v1/resolution")
@Tag(name = "Entity resolution", description = "Which records, across agencies, are the same person")
class ResolutionApiController {

    record MatchDecisionRequest(Boolean accept, String reason) {
    }

    record MergeRequest(UUID record, UUID otherRecord, String reason) {
    }

    record UnmergeRequest(UUID record, String reason) {
    }

    private final Identities identities;
    private final CurrentActor currentActor;

    ResolutionApiController(Identities identities, CurrentActor currentActor) {
        this.identities = identities;
        this.currentActor = currentActor;
    }

    @PostMapping("/runs")
    @PreAuthorize("hasAuthority('RUN_RESOLUTION')")
    @Operation(summary = "Retrain the model and resolve every record of a kind (CHILD or PERSON) again")
    ResolutionSummary run(@RequestParam RecordKind kind) {
        return identities.runBatch(currentActor.get(), kind);
    }

    @GetMapping("/runs/latest")
    @PreAuthorize("hasAuthority('RUN_RESOLUTION')")
    @Operation(summary = "How far the latest batch run of a kind on this server has gone: its stage, the changes it "
            + "has written of those it will write, the rate and the time left (stage NONE if none has run)")
    ResolutionRunProgress latestRun(@RequestParam RecordKind kind) {
        return identities.runProgress(kind).orElseGet(() -> ResolutionRunProgress.none(kind));
    }

    @GetMapping("/review-queue")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "One page of the pairs between the two thresholds whose records the caller may both see: "
            + "those whose decision changes most first, then the most likely; each with its per-field weights")
    ReviewQueue queue(@RequestParam RecordKind kind, @RequestParam(defaultValue = "1") int page,
                      @RequestParam(defaultValue = "50") int limit) {
        return identities.reviewQueue(currentActor.get(), kind, page, limit);
    }

    @GetMapping("/matches/{id}")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "One pair, both of whose records the caller may see, with its per-field weights")
    MatchView match(@PathVariable UUID id) {
        return identities.match(currentActor.get(), id);
    }

    @PostMapping("/matches/{id}/decision")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "Accept (one person) or reject (two people) a pair, with the reason")
    MatchView decide(@PathVariable UUID id, @RequestBody MatchDecisionRequest request) {
        if (request.accept() == null) {
            throw new InvalidInputException("accept", "Say whether the records are one person");
        }
        return identities.decide(currentActor.get(), id, request.accept(), request.reason());
    }

    @PostMapping("/identities/merge")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "Merge the identities of two records of a kind")
    IdentityView merge(@RequestParam RecordKind kind, @RequestBody MergeRequest request) {
        return identities.merge(currentActor.get(), kind, request.record(), request.otherRecord(), request.reason());
    }

    @PostMapping("/identities/unmerge")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "Take a record out of its identity")
    IdentityView unmerge(@RequestParam RecordKind kind, @RequestBody UnmergeRequest request) {
        return identities.unmerge(currentActor.get(), kind, request.record(), request.reason());
    }

    @GetMapping("/identities/{identityId}")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "An identity's records the caller may see (the others counted), the scored pairs among "
            + "them and the ledger entries about it")
    IdentityView identity(@RequestParam RecordKind kind, @PathVariable String identityId) {
        return identities.identity(currentActor.get(), kind, identityId);
    }

    @GetMapping("/records")
    @PreAuthorize("hasAuthority('REVIEW_MATCHES')")
    @Operation(summary = "Records of a kind whose name contains the text, as far as the caller may see them")
    List<ResolvedRecord> search(@RequestParam RecordKind kind, @RequestParam(required = false) String name) {
        return identities.search(currentActor.get(), kind, name);
    }
}
