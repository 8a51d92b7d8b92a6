package uk.lantern.identity;

import java.util.List;

/** New details for an existing user, as typed. The username never changes, so the ledger stays readable. */
public record UserChanges(String displayName, String email, String agencyId, List<String> roles, boolean enabled) {
}
