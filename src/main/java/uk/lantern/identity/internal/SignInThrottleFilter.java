package uk.lantern.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a sign-in attempt from a client address that has used up its attempts ({@link SignInThrottle}). The
 * address is the one Tomcat reports, which is the client's own only when a trusted proxy forwarded the request (see
 * docs/operations.md).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    /** The request attribute holding the whole minutes a refused address must wait, which error/429.html shows. */
    private static final String MINUTES_TO_WAIT = "signInMinutesToWait";
    private static final String TOO_MANY = "Too many unsuccessful sign-ins have come from your network. "
            + "Try again in %s.";

    /** How a refusal is written: as a page or as an API problem. */
    @FunctionalInterface
    private interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException;
    }

    private final SignInThrottle throttle;
    private final RequestMatcher signIn;
    private final Refusal refusal;

    private SignInThrottleFilter(SignInThrottle throttle, String path, Refusal refusal) {
        this.throttle = throttle;
        this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path);
        this.refusal = refusal;
    }

    /** For the sign-in form: the refusal is the 429 error page, which shows the minutes to wait. */
    static SignInThrottleFilter forSignInPage(SignInThrottle throttle) {
        return new SignInThrottleFilter(throttle, "/sign-in",
                (request, response, detail) -> response.sendError(429));
    }

    /** For the token endpoint: the refusal is a 429 problem. */
    static SignInThrottleFilter forTokenEndpoint(SignInThrottle throttle) {
        return new SignInThrottleFilter(throttle, "/api/v1/auth/token",
                (request, response, detail) -> ProblemResponses.write(request, response, 429, "Too Many Requests",
                        detail));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.tryAttempt(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = wait.get().toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            request.setAttribute(MINUTES_TO_WAIT, minutes);
            refusal.write(request, response, TOO_MANY.formatted(minutes == 1 ? "1 minute" : minutes + " minutes"));
            return;
        }
        chain.doFilter(request, response);
    }
}
