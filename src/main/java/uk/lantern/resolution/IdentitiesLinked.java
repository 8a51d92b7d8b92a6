package uk.lantern.resolution;

import java.util.Set;
import java.util.UUID;

import uk.lantern.people.RecordKind;

/**
 * Published, in the resolving transaction, when records become one person: a new record matched to others, or an
 * analyst merged two identities. Other modules react, for example by sending a closed case back for review.
 *
 * @param records every record of the identity after the change
 * @param reason  what linked them, for reading: "matched with probability 0.98", "merged by analyst"
 */
public record IdentitiesLinked(RecordKind kind, String identityId, Set<UUID> records, String reason) {

    public IdentitiesLinked {
        records = Set.copyOf(records);
    }
}
