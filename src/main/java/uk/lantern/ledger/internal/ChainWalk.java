package uk.lantern.ledger.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Walks entries in sequence order and remembers the first one that breaks the chain: a gap in the sequence (a
 * deleted row), a payload that no longer matches its digest, a hash that does not match the entry, or a previous
 * hash that does not match the entry before.
 */
final class ChainWalk {

    private final Set<Long> checkpointSequences;
    private final Map<Long, String> hashesAtCheckpoints = new HashMap<>();
    private long lastSequence;
    private String lastHash = EntryHashing.GENESIS_HASH;
    private long entriesChecked;
    private Long firstBadSequence;
    private String problem;

    ChainWalk(Set<Long> checkpointSequences) {
        this.checkpointSequences = checkpointSequences;
    }

    void accept(StoredEntry entry) {
        if (firstBadSequence != null) {
            return;
        }
        entriesChecked++;
        long expected = lastSequence + 1;
        if (entry.sequence() != expected) {
            fail(expected, "entry " + expected + " is missing: the next entry found is " + entry.sequence());
        } else if (!EntryHashing.payloadDigest(entry.payload()).equals(entry.payloadDigest())) {
            fail(entry.sequence(), "entry " + entry.sequence() + " has a payload that does not match its digest");
        } else if (!entry.previousHash().equals(lastHash)) {
            fail(entry.sequence(), "entry " + entry.sequence() + " does not follow from the entry before it");
        } else if (!EntryHashing.entryHash(entry).equals(entry.hash())) {
            fail(entry.sequence(), "entry " + entry.sequence() + " does not match its hash");
        }
        lastSequence = entry.sequence();
        lastHash = entry.hash();
        if (checkpointSequences.contains(entry.sequence())) {
            hashesAtCheckpoints.put(entry.sequence(), entry.hash());
        }
    }

    private void fail(long sequence, String description) {
        firstBadSequence = sequence;
        problem = description;
    }

    boolean broken() {
        return firstBadSequence != null;
    }

    Long firstBadSequence() {
        return firstBadSequence;
    }

    String problem() {
        return problem;
    }

    long entriesChecked() {
        return entriesChecked;
    }

    long lastSequence() {
        return lastSequence;
    }

    String hashAt(long sequence) {
        return hashesAtCheckpoints.get(sequence);
    }
}
