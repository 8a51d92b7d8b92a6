package uk.lantern.identity.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.lantern.identity.Actor;
import uk.lantern.identity.CurrentActor;

@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    @Override
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignInAccount account) {
            return Optional.of(account.actor());
        }
        return Optional.empty();
    }
}
