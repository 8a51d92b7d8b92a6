package uk.lantern.people;

import java.util.List;
import java.util.UUID;

/**
 * Published, in the registering transaction, when children's or adults' records are registered (or their particulars
 * change), so that entity resolution can look for the same people in other agencies' records. A batch of records
 * registered together is one event, so that its listeners can act on the set.
 */
public record RecordRegistered(RecordKind kind, List<UUID> ids) {

    public RecordRegistered {
        ids = List.copyOf(ids);
    }

    public static RecordRegistered one(RecordKind kind, UUID id) {
        return new RecordRegistered(kind, List.of(id));
    }
}
