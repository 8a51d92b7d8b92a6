package uk.lantern.missing.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.CurrentActor;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.EpisodeView;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.missing.NewMention;
import uk.lantern.people.ChildId;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Missing episodes", description = "Missing episodes and return home interviews")
class MissingApiController {

    record EpisodeRequest(Instant reportedMissingAt, Instant lastSeenAt, @Size(max = 500) String lastSeenLocation,
                          Instant returnedAt, @Size(max = 500) String foundLocation, @Size(max = 1000) String foundWith,
                          @Size(max = 20) List<@Size(max = 100) String> vehiclesSeen) {
    }

    record ReturnRequest(Instant returnedAt, @Size(max = 500) String foundLocation, @Size(max = 1000) String foundWith) {
    }

    record MentionRequest(@Size(max = 20) String kind, @Size(max = 200) String value, @Size(max = 1000) String detail) {
    }

    record InterviewRequest(@Size(max = 10_000) String findings, @Size(max = 100) List<@Valid MentionRequest> mentions) {
    }

    record DeclineRequest(@Size(max = 2000) String reason) {
    }

    private final MissingEpisodes missing;
    private final CurrentActor currentActor;

    MissingApiController(MissingEpisodes missing, CurrentActor currentActor) {
        this.missing = missing;
        this.currentActor = currentActor;
    }

    @PostMapping("/children/{childId}/missing-episodes")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(summary = "Record a missing episode; with a return time, the return home interview clock starts")
    ResponseEntity<EpisodeView> record(@PathVariable ChildId childId, @Valid @RequestBody EpisodeRequest request) {
        return ResponseEntity.status(201).body(missing.record(currentActor.get(), childId, new NewEpisode(
                request.reportedMissingAt(), request.lastSeenAt(), request.lastSeenLocation(), request.returnedAt(),
                request.foundLocation(), request.foundWith(), request.vehiclesSeen())));
    }

    @GetMapping("/children/{childId}/missing-episodes")
    @Operation(summary = "A child's missing episodes, newest first")
    List<EpisodeView> forChild(@PathVariable ChildId childId) {
        return missing.forChild(currentActor.get(), childId);
    }

    @GetMapping("/missing-episodes/{id}")
    @Operation(summary = "A missing episode with its return home interview and mentions")
    EpisodeView read(@PathVariable EpisodeId id) {
        return missing.read(currentActor.get(), id);
    }

    @PostMapping("/missing-episodes/{id}/return")
    @Operation(summary = "Record the child's return; the return home interview is due 72 hours later")
    EpisodeView recordReturn(@PathVariable EpisodeId id, @Valid @RequestBody ReturnRequest request) {
        return missing.recordReturn(currentActor.get(), id, request.returnedAt(), request.foundLocation(),
                request.foundWith());
    }

    @PostMapping("/missing-episodes/{id}/return-interview/offer")
    @Operation(summary = "Record that the return home interview was offered")
    EpisodeView offer(@PathVariable EpisodeId id) {
        return missing.offerInterview(currentActor.get(), id);
    }

    @PostMapping("/missing-episodes/{id}/return-interview/completion")
    @Operation(summary = "Record the interview's findings, with structured mentions of people, places, vehicles "
            + "and phones")
    EpisodeView complete(@PathVariable EpisodeId id, @Valid @RequestBody InterviewRequest request) {
        List<NewMention> mentions = request.mentions() == null ? List.of() : request.mentions().stream()
                .map(mention -> new NewMention(mention.kind(), mention.value(), mention.detail())).toList();
        return missing.completeInterview(currentActor.get(), id, request.findings(), mentions);
    }

    @PostMapping("/missing-episodes/{id}/return-interview/decline")
    @Operation(summary = "Record that the child declined the interview, with the reason")
    EpisodeView decline(@PathVariable EpisodeId id, @Valid @RequestBody DeclineRequest request) {
        return missing.declineInterview(currentActor.get(), id, request.reason());
    }
}
