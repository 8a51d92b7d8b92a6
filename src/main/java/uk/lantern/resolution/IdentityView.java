package uk.lantern.resolution;

import java.util.List;

import uk.lantern.people.RecordKind;

/**
 * One resolved person as a viewer may see them: the records of theirs the viewer may see, how many others there are,
 * the joins recorded among the records shown (why they are one person), every scored pair among them, and the ledger
 * entries about the identity.
 *
 * @param withheldRecords how many of the identity's records the viewer may not see; they are left out
 * @param links the joins that runs and analysts made between records shown, in the order they were made
 */
public record IdentityView(String identityId, RecordKind kind, List<ResolvedRecord> records, int withheldRecords,
                           List<ClusterLink> links, List<PairComparison> pairs, List<IdentityChange> history) {

    public IdentityView {
        records = List.copyOf(records);
        links = List.copyOf(links);
        pairs = List.copyOf(pairs);
        history = List.copyOf(history);
    }
}
