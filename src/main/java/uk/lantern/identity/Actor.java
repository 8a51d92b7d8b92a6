package uk.lantern.identity;

import java.util.Set;

import uk.lantern.ledger.LedgerActor;

/** The signed-in person acting now: who they are, their agency and area, and their roles. */
public record Actor(UserId userId, String username, String displayName, AgencyId agencyId, String agencyName,
                    AgencyType agencyType, String areaCode, Set<Role> roles) implements LedgerActor {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean can(Capability capability) {
        return roles.stream().anyMatch(capability::grantedTo);
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public String agencyName() {
        return agencyName;
    }
}
