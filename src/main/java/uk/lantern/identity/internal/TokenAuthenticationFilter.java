package uk.lantern.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer TOKEN}. A request with no Authorization header
 * continues anonymously (and protected endpoints answer 401); a request with a bad token is refused at once, with a
 * problem that says why: malformed, unknown, expired, revoked (also by a password change or a disable
 * since it was issued), or the account is unavailable.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    TokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ProblemResponses.write(request, response, 401, "Unauthorized",
                    "The Authorization header must be 'Bearer' followed by an API token");
            return;
        }
        ApiTokens.Authentication result = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (result instanceof ApiTokens.Rejected rejected) {
            ProblemResponses.write(request, response, 401, "Unauthorized", describe(rejected.reason()));
            return;
        }
        SignInAccount account = ((ApiTokens.Accepted) result).account();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(account.asAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String describe(ApiTokens.Rejection reason) {
        return switch (reason) {
            case MALFORMED -> "The token is malformed: Lantern API tokens begin with 'lnt_' followed by 43 "
                    + "characters";
            case UNKNOWN -> "The token is not recognised";
            case EXPIRED -> "The token has expired: request a new one";
            case REVOKED -> "The token has been revoked";
            case ACCOUNT_UNAVAILABLE -> "The account this token belongs to is disabled or locked";
        };
    }
}
