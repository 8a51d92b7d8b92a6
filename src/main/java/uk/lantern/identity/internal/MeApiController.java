package uk.lantern.identity.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The signed-in user and their personal API tokens")
class MeApiController {

    record AgencyResponse(String id, String name, String type) {
    }

    record AreaResponse(String code, String name) {
    }

    record MeResponse(String id, String username, String displayName, AgencyResponse agency, AreaResponse area,
                      List<String> roles, List<String> capabilities) {
    }

    record PersonalTokenRequest(@NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String name,
                                @NotNull Integer daysValid) {
    }

    record TokenCreatedResponse(UUID id, String name, String token, Instant expiresAt) {
    }

    private final ApiTokens tokens;
    private final Areas areas;

    MeApiController(ApiTokens tokens, Areas areas) {
        this.tokens = tokens;
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "Who am I: the user, their agency, area and roles")
    MeResponse me(@AuthenticationPrincipal SignInAccount account) {
        Actor actor = account.actor();
        return new MeResponse(actor.userId().toString(), actor.username(), actor.displayName(),
                new AgencyResponse(actor.agencyId().toString(), actor.agencyName(), actor.agencyType().name()),
                new AreaResponse(actor.areaCode(), areas.find(actor.areaCode()).map(a -> a.name()).orElse(null)),
                actor.roles().stream().map(Enum::name).sorted().toList(),
                Arrays.stream(Capability.values()).filter(actor::can).map(Enum::name).toList());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (never the token values, which are shown only once)")
    List<ApiTokens.TokenView> myTokens(@AuthenticationPrincipal SignInAccount account) {
        return tokens.tokensOf(account.actor().userId());
    }

    @PostMapping("/tokens")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(summary = "Create a named personal token")
    ResponseEntity<TokenCreatedResponse> create(@AuthenticationPrincipal SignInAccount account,
                                                @Valid @RequestBody PersonalTokenRequest request) {
        ApiTokens.IssuedToken issued = tokens.issuePersonalToken(account, request.name(), request.daysValid());
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenCreatedResponse(issued.id(), issued.name(), issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/tokens/{id}")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @ApiResponse(responseCode = "400", description = "No active token of mine has that id (field tokenId)")
    @Operation(summary = "Revoke one of my tokens")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignInAccount account, @PathVariable UUID id) {
        tokens.revoke(account, id);
        return ResponseEntity.noContent().build();
    }
}
