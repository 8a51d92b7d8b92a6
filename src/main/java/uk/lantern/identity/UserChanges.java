package uk.lantern.identity;

import java.util.List;

/**
 * New details for an existing user, as typed. The username never changes, so the ledger stays readable.
 *
 * @param headOfService whether a manager is the head of service, who receives second-level escalations
 */
public record UserChanges(String displayName, String email, String agencyId, List<String> roles, boolean enabled,
                          boolean headOfService) {
}
