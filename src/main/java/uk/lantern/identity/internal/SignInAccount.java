package uk.lantern.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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
 *
 * @param signInsValidFrom sessions and tokens that began before this are refused: it moves when the password changes
 *                         or the account is disabled
 * @param signedInAt when this session or token began; null while the account is only being checked for sign-in
 */
record SignInAccount(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, Instant checkedAt,
                     Instant signInsValidFrom, Instant signedInAt)
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

    /** A copy for a session or token that began at the given moment, without the password hash. */
    SignInAccount signedInAt(Instant began) {
        return new SignInAccount(actor, null, enabled, lockedUntil, checkedAt, signInsValidFrom, began);
    }

    /**
     * Whether this session or token may still be used: the account is enabled and not locked, and its password has
     * not changed, nor the account been disabled, since the session or token began.
     */
    boolean mayContinue() {
        return isEnabled() && isAccountNonLocked() && !signedInAt.isBefore(signInsValidFrom);
    }

    /** This account as the authentication of a request. */
    Authentication asAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
    }
}
