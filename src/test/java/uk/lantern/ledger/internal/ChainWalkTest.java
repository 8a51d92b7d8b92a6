package uk.lantern.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    private static List<StoredEntry> chain(int length) {
        List<StoredEntry> entries = new ArrayList<>();
        String previous = EntryHashing.GENESIS_HASH;
        for (long sequence = 1; sequence <= length; sequence++) {
            entries.add(entry(sequence, "{\"n\":" + sequence + "}", previous));
            previous = entries.get(entries.size() - 1).hash();
        }
        return entries;
    }

    private static StoredEntry entry(long sequence, String payload, String previousHash) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(sequence);
        String digest = EntryHashing.payloadDigest(payload);
        String hash = EntryHashing.entryHash(sequence, at, "ann", "Agency", "THING_DONE", "THING", "t" + sequence,
                digest, previousHash);
        return new StoredEntry(sequence, at, "ann", "Agency", "THING_DONE", "THING", "t" + sequence, payload, digest,
                previousHash, hash);
    }

    private static ChainWalk walk(List<StoredEntry> entries) {
        ChainWalk walk = new ChainWalk(Set.of(3L));
        entries.forEach(walk::accept);
        return walk;
    }

    @Test
    void anIntactChainPasses() {
        ChainWalk walk = walk(chain(5));
        assertThat(walk.broken()).isFalse();
        assertThat(walk.entriesChecked()).isEqualTo(5);
        assertThat(walk.hashAt(3)).isEqualTo(chain(5).get(2).hash());
    }

    @Test
    void aMissingEntryIsReportedAtItsSequence() {
        List<StoredEntry> entries = chain(5);
        entries.remove(2);
        assertThat(walk(entries).firstBadSequence()).isEqualTo(3);
    }

    @Test
    void anEditedPayloadIsReportedAtItsEntry() {
        List<StoredEntry> entries = chain(5);
        StoredEntry original = entries.get(3);
        entries.set(3, new StoredEntry(original.sequence(), original.recordedAt(), original.actor(), original.agency(),
                original.action(), original.subjectType(), original.subjectId(), "{\"n\":999}",
                original.payloadDigest(), original.previousHash(), original.hash()));
        ChainWalk walk = walk(entries);
        assertThat(walk.firstBadSequence()).isEqualTo(4);
        assertThat(walk.problem()).contains("payload");
    }

    @Test
    void anEditedFieldWithItsOwnHashRecomputedBreaksTheNextLink() {
        List<StoredEntry> entries = chain(5);
        StoredEntry original = entries.get(1);
        StoredEntry forged = new StoredEntry(2, original.recordedAt(), "mallory", original.agency(), original.action(),
                original.subjectType(), original.subjectId(), original.payload(), original.payloadDigest(),
                original.previousHash(), null);
        forged = new StoredEntry(2, forged.recordedAt(), forged.actor(), forged.agency(), forged.action(),
                forged.subjectType(), forged.subjectId(), forged.payload(), forged.payloadDigest(),
                forged.previousHash(), EntryHashing.entryHash(forged));
        entries.set(1, forged);
        assertThat(walk(entries).firstBadSequence()).isEqualTo(3);
    }

    @Test
    void anEditedActorIsReportedAtItsEntry() {
        List<StoredEntry> entries = chain(5);
        StoredEntry original = entries.get(1);
        entries.set(1, new StoredEntry(2, original.recordedAt(), "mallory", original.agency(), original.action(),
                original.subjectType(), original.subjectId(), original.payload(), original.payloadDigest(),
                original.previousHash(), original.hash()));
        assertThat(walk(entries).firstBadSequence()).isEqualTo(2);
    }
}
