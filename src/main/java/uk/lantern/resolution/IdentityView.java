package uk.lantern.resolution;

import java.util.List;

import uk.lantern.people.RecordKind;

/**
 * One resolved person as a viewer may see them: the records of theirs the viewer may see, how many others there are,
 * the scored pairs among the records shown that explain why they are one person, and the ledger entries about the
 * identity.
 *
 * @param withheldRecords how many of the identity's records the viewer may not see; they are left out
 */
public record IdentityView(String identityId, RecordKind kind, List<ResolvedRecord> records, int withheldRecords,
                           List<PairComparison> pairs, List<IdentityChange> history) {

    public IdentityView {
        records = List.copyOf(records);
        pairs = List.copyOf(pairs);
        history = List.copyOf(history);
    }
}
