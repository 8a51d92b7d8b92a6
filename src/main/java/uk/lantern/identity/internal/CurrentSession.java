package uk.lantern.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import uk.lantern.identity.UserId;

/** The page session of the request being handled. */
@Component
class CurrentSession {

    private final AccountRepository accounts;
    private final SecurityContextRepository contexts;

    CurrentSession(AccountRepository accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /**
     * A password change ends every session begun before it. The session that made the change carries on, under a
     * new session id so that a copy of the old cookie is worth nothing, as if it had signed in with the new password.
     */
    void continueAfterPasswordChange(UserId user, HttpServletRequest request, HttpServletResponse response) {
        SignInAccount account = accounts.byId(user).orElseThrow();
        SignInAccount renewed = account.signedInAt(account.signInsValidFrom());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(renewed.asAuthentication());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
