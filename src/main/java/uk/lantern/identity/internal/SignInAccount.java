package uk.lantern.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Role;
import uk.lantern.ledger.LedgerActor;

/**
 * The authenticated principal, for session sign-in and API tokens alike. Its authorities are the user's roles
 * ({@code ROLE_...}) and the capabilities those roles carry, so endpoints can require either.
 */
record SignInAccount(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, Instant checkedAt)
        implements UserDetails, LedgerActor {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : actor.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        Arrays.stream(Capability.values()).filter(actor::can)
                .forEach(capability -> authorities.add(new SimpleGrantedAuthority(capability.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(checkedAt);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String actorName() {
        return actor.actorName();
    }

    @Override
    public String agencyName() {
        return actor.agencyName();
    }

    /** A copy that no longer carries the password hash, to keep in the session. */
    SignInAccount withoutPassword() {
        return new SignInAccount(actor, null, enabled, lockedUntil, checkedAt);
    }
}
