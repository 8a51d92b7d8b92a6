package uk.lantern.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads a signed-in user's account on every page request, so that a disabled or locked account loses its
 * session at once, a password change ends the sessions begun with the old password, and a change of roles or agency
 * takes effect without signing out.
 */
class SessionAccountRefreshFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final SecurityContextRepository contexts;

    SessionAccountRefreshFilter(AccountRepository accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignInAccount signedIn) {
            Optional<SignInAccount> fresh = accounts.byId(signedIn.actor().userId())
                    .map(account -> account.signedInAt(signedIn.signedInAt()))
                    .filter(SignInAccount::mayContinue);
            if (fresh.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/sign-in?ended");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh.get().asAuthentication());
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
