package uk.lantern.identity.internal;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Exchange a username and password for an API token")
class AuthApiController {

    record SignInTokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    record SignInTokenResponse(String token, Instant expiresAt) {
    }

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authenticationManager, ApiTokens tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    @SecurityRequirements
    @Operation(summary = "Sign in and receive a bearer token",
            description = "Failed attempts count towards the same lockout as the sign-in page, and towards the "
                    + "same limit on unsuccessful attempts from one client address, which answers 429.")
    SignInTokenResponse token(@Valid @RequestBody SignInTokenRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password());
        // The client's address, as the sign-in form records it, so that both count towards the same throttle.
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(http));
        var authentication = authenticationManager.authenticate(attempt);
        ApiTokens.IssuedToken issued = tokens.issueSignInToken((SignInAccount) authentication.getPrincipal());
        return new SignInTokenResponse(issued.token(), issued.expiresAt());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail refused(AuthenticationException failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                failure instanceof LockedException
                        ? "The account is locked after too many failed sign-ins. Try again later."
                        : "The username or password is incorrect");
        problem.setTitle("Unauthorized");
        return problem;
    }
}
