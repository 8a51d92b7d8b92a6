package uk.lantern.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.identity.IdentityAdministration;
import uk.lantern.identity.NewAgency;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.UserChanges;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Agencies and users (administrators only)")
class AdminApiController {

    record AgencyRequest(@Size(max = 120) String name, @Size(max = 40) String type, @Size(max = 9) String areaCode) {
        NewAgency toNewAgency() {
            return new NewAgency(name, type, areaCode);
        }
    }

    record UserRequest(@Size(max = 64) String username, @Size(max = 120) String displayName,
                       @Size(max = 254) String email, @Size(max = 36) String agencyId,
                       @Size(max = 8) List<@Size(max = 40) String> roles, @Size(max = 200) String password) {
    }

    record UserChangeRequest(@Size(max = 120) String displayName, @Size(max = 254) String email,
                             @Size(max = 36) String agencyId, @Size(max = 8) List<@Size(max = 40) String> roles,
                             Boolean enabled, Boolean headOfService) {
    }

    private final Directory directory;
    private final IdentityAdministration administration;

    AdminApiController(Directory directory, IdentityAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping("/agencies")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    @Operation(summary = "List agencies")
    List<AgencyView> agencies() {
        return directory.agencies();
    }

    @GetMapping("/agencies/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No agency has that id; no body", content = @Content)
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    @Operation(summary = "One agency")
    ResponseEntity<AgencyView> agency(@PathVariable AgencyId id) {
        return ResponseEntity.of(directory.agency(id));
    }

    @PostMapping("/agencies")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    @Operation(summary = "Create an agency")
    ResponseEntity<AgencyView> createAgency(@AuthenticationPrincipal SignInAccount admin,
                                            @Valid @RequestBody AgencyRequest request) {
        AgencyView created = administration.createAgency(admin, request.toNewAgency());
        return ResponseEntity.created(URI.create("/api/v1/admin/agencies/" + created.id())).body(created);
    }

    @PutMapping("/agencies/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid request, or no agency has that id (field agencyId)")
    @PreAuthorize("hasAuthority('MANAGE_AGENCIES')")
    @Operation(summary = "Change an agency's name, type or area")
    AgencyView updateAgency(@AuthenticationPrincipal SignInAccount admin, @PathVariable AgencyId id,
                            @Valid @RequestBody AgencyRequest request) {
        return administration.updateAgency(admin, id, request.toNewAgency());
    }

    @GetMapping("/users")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "List users")
    List<UserView> users() {
        return directory.users();
    }

    @GetMapping("/users/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No user has that id; no body", content = @Content)
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "One user")
    ResponseEntity<UserView> user(@PathVariable UserId id) {
        return ResponseEntity.of(directory.user(id));
    }

    @PostMapping("/users")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "Create a user")
    ResponseEntity<UserView> createUser(@AuthenticationPrincipal SignInAccount admin,
                                        @Valid @RequestBody UserRequest request) {
        UserView created = administration.createUser(admin, new NewUser(request.username(), request.displayName(),
                request.email(), request.agencyId(), request.roles(), request.password()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.id())).body(created);
    }

    @PutMapping("/users/{id}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "Invalid request, or no user has that id (field userId)")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "Change a user's details, agency, roles or whether they may sign in")
    UserView updateUser(@AuthenticationPrincipal SignInAccount admin, @PathVariable UserId id,
                        @Valid @RequestBody UserChangeRequest request) {
        // Leaving a flag out keeps the user's current state rather than silently changing it.
        Optional<UserView> current = directory.user(id);
        boolean enabled = request.enabled() != null ? request.enabled()
                : current.map(UserView::enabled).orElse(false);
        boolean headOfService = request.headOfService() != null ? request.headOfService()
                : current.map(UserView::headOfService).orElse(false);
        return administration.updateUser(admin, id, new UserChanges(request.displayName(), request.email(),
                request.agencyId(), request.roles(), enabled, headOfService));
    }

    @PostMapping("/users/{id}/unlock")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @ApiResponse(responseCode = "400", description = "No user has that id (field userId)")
    @PreAuthorize("hasAuthority('MANAGE_USERS')")
    @Operation(summary = "Unlock a user locked out by failed sign-ins")
    ResponseEntity<Void> unlock(@AuthenticationPrincipal SignInAccount admin, @PathVariable UserId id) {
        administration.unlock(admin, id);
        return ResponseEntity.noContent().build();
    }
}
