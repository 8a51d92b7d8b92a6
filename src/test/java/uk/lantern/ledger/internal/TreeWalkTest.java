package uk.lantern.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three entries of the old hash chain, then four admitted to the tree. */
class TreeWalkTest {

    private static final int CHAINED = 3;

    private static List<StoredEntry> log(int length) {
        List<StoredEntry> entries = new ArrayList<>();
        String previous = EntryHashing.GENESIS_HASH;
        for (long sequence = 1; sequence <= length; sequence++) {
            StoredEntry entry = sequence <= CHAINED ? chained(sequence, "{\"n\":" + sequence + "}", previous)
                    : admitted(sequence, "ann", "{\"n\":" + sequence + "}");
            entries.add(entry);
            previous = entry.chained() ? entry.hash() : previous;
        }
        return entries;
    }

    private static Instant at(long sequence) {
        return Instant.parse("2026-03-01T10:00:00Z").plusSeconds(sequence);
    }

    private static StoredEntry chained(long sequence, String payload, String previousHash) {
        String digest = EntryHashing.payloadDigest(payload);
        String hash = EntryHashing.entryHash(sequence, at(sequence), "ann", "Agency", "THING_DONE", "THING",
                "t" + sequence, digest, previousHash);
        return new StoredEntry(sequence, sequence, at(sequence), "ann", "Agency", "THING_DONE", "THING", "t" + sequence,
                payload, digest, previousHash, hash, EntryHashing.chainedLeafHash(hash));
    }

    private static StoredEntry admitted(long sequence, String actor, String payload) {
        String digest = EntryHashing.payloadDigest(payload);
        String leaf = EntryHashing.leafHash(at(sequence), actor, "Agency", "THING_DONE", "THING", "t" + sequence,
                digest);
        return new StoredEntry(sequence + 100, sequence, at(sequence), actor, "Agency", "THING_DONE", "THING",
                "t" + sequence, payload, digest, null, null, leaf);
    }

    private static TreeWalk walk(List<StoredEntry> entries) {
        TreeWalk walk = new TreeWalk(Set.of(2L), Set.of(3L, 7L));
        entries.forEach(walk::accept);
        return walk;
    }

    @Test
    void anIntactLogPassesAndGivesTheRootOfItsLeaves() {
        List<StoredEntry> entries = log(7);
        TreeWalk walk = walk(entries);
        assertThat(walk.broken()).isFalse();
        assertThat(walk.entriesChecked()).isEqualTo(7);
        assertThat(walk.chainHashAt(2)).isEqualTo(entries.get(1).hash());
        MerkleFrontier reference = MerkleFrontier.empty((level, index, hash) -> { });
        entries.forEach(entry -> reference.append(MerkleTree.unhex(entry.leafHash())));
        assertThat(walk.rootAt(7)).isEqualTo(reference.root());
        assertThat(walk.storedNodesAt(StoredTree.STRIDE)).isZero();
    }

    @Test
    void aMissingEntryIsReportedAtItsSequence() {
        List<StoredEntry> entries = log(7);
        entries.remove(4);
        assertThat(walk(entries).firstBadSequence()).isEqualTo(5);
    }

    @Test
    void anEditedPayloadIsReportedAtItsEntry() {
        List<StoredEntry> entries = log(7);
        StoredEntry original = entries.get(5);
        entries.set(5, new StoredEntry(original.id(), original.sequence(), original.recordedAt(), original.actor(),
                original.agency(), original.action(), original.subjectType(), original.subjectId(), "{\"n\":999}",
                original.payloadDigest(), null, null, original.leafHash()));
        TreeWalk walk = walk(entries);
        assertThat(walk.firstBadSequence()).isEqualTo(6);
        assertThat(walk.problem()).contains("payload");
    }

    @Test
    void anEditedFieldIsReportedAtItsEntryUnlessItsLeafIsRecomputedAndThenTheRootDiffers() {
        List<StoredEntry> entries = log(7);
        StoredEntry original = entries.get(4);
        entries.set(4, new StoredEntry(original.id(), original.sequence(), original.recordedAt(), "mallory",
                original.agency(), original.action(), original.subjectType(), original.subjectId(),
                original.payload(), original.payloadDigest(), null, null, original.leafHash()));
        assertThat(walk(entries).firstBadSequence()).isEqualTo(5);

        entries.set(4, admitted(5, "mallory", original.payload()));
        TreeWalk rewritten = walk(entries);
        assertThat(rewritten.broken()).isFalse();
        assertThat(rewritten.rootAt(7)).isNotEqualTo(walk(log(7)).rootAt(7));
    }

    @Test
    void aChainedEntryWithItsOwnHashRecomputedBreaksTheNextLink() {
        List<StoredEntry> entries = log(7);
        StoredEntry original = entries.get(1);
        String hash = EntryHashing.entryHash(2, original.recordedAt(), "mallory", original.agency(), original.action(),
                original.subjectType(), original.subjectId(), original.payloadDigest(), original.previousHash());
        entries.set(1, new StoredEntry(2, 2L, original.recordedAt(), "mallory", original.agency(), original.action(),
                original.subjectType(), original.subjectId(), original.payload(), original.payloadDigest(),
                original.previousHash(), hash, EntryHashing.chainedLeafHash(hash)));
        assertThat(walk(entries).firstBadSequence()).isEqualTo(3);
    }

    @Test
    void theChainCannotResumeOnceTheTreeHasBegun() {
        List<StoredEntry> entries = log(6);
        StoredEntry last = entries.get(5);
        entries.set(5, chained(6, last.payload(), entries.get(2).hash()));
        TreeWalk walk = walk(entries);
        assertThat(walk.firstBadSequence()).isEqualTo(6);
        assertThat(walk.problem()).contains("does not follow");
    }
}
