package uk.lantern.identity;

import java.time.Instant;
import java.util.Set;

public record UserView(UserId id, String username, String displayName, String email, AgencyId agencyId,
                       String agencyName, String areaCode, Set<Role> roles, boolean enabled, Instant lockedUntil,
                       Instant createdAt, boolean headOfService) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
