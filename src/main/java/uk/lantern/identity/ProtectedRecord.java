package uk.lantern.identity;

import java.util.Set;

/**
 * What the access policy needs to know about a record to decide who may see or change it. The module that owns the
 * record builds this; the policy never reads the record's content.
 *
 * @param areaCodes the areas the record belongs to (for a child, the local authority responsible)
 * @param agencyIds the agencies involved with the record (the referring agency, the owning team's agency)
 * @param assignedUsers the users assigned to work it
 * @param referrers the users who referred it
 */
public record ProtectedRecord(RecordRef ref, Set<String> areaCodes, Set<AgencyId> agencyIds, Set<UserId> assignedUsers,
                              Set<UserId> referrers) {

    public ProtectedRecord {
        areaCodes = Set.copyOf(areaCodes);
        agencyIds = Set.copyOf(agencyIds);
        assignedUsers = Set.copyOf(assignedUsers);
        referrers = Set.copyOf(referrers);
    }
}
