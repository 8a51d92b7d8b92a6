package uk.lantern.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Walks the log's entries in sequence order, recomputing everything stored from the entries themselves: each entry's
 * payload digest and leaf hash (and, for entries of the old hash chain, the chain), the Merkle tree's roots at the
 * sizes that checkpoints and the latest tree head state, and every stored subtree hash. It keeps only the tree's
 * right edge and the stored levels' hashes (32 bytes per sixteen entries), so ten million entries need about 20 MB.
 * It remembers the first entry that breaks.
 */
final class TreeWalk {

    private final Set<Long> chainSequences;
    private final Set<Long> treeSizes;
    private final Map<Long, String> chainHashes = new HashMap<>();
    private final Map<Long, byte[]> roots = new HashMap<>();
    private final Map<Integer, ByteArrayOutputStream> storedLevels = new HashMap<>();
    private final Map<Integer, byte[]> finishedLevels = new HashMap<>();
    private final MerkleFrontier frontier;
    private long lastSequence;
    private String lastChainHash = EntryHashing.GENESIS_HASH;
    private boolean chainEnded;
    private long entriesChecked;
    private Long firstBadSequence;
    private String problem;

    /**
     * @param chainSequences entries of the old hash chain whose chain hash a checkpoint states
     * @param treeSizes tree sizes whose root a checkpoint or tree head states
     */
    TreeWalk(Set<Long> chainSequences, Set<Long> treeSizes) {
        this.chainSequences = chainSequences;
        this.treeSizes = treeSizes;
        this.frontier = MerkleFrontier.empty((level, index, hash) -> {
            if (level % StoredTree.STRIDE == 0) {
                storedLevels.computeIfAbsent(level, l -> new ByteArrayOutputStream()).writeBytes(hash);
            }
        });
    }

    void accept(StoredEntry entry) {
        if (firstBadSequence != null) {
            return;
        }
        entriesChecked++;
        long sequence = entry.sequence();
        long expected = lastSequence + 1;
        if (sequence != expected) {
            fail(expected, "entry " + expected + " is missing: the next entry found is " + sequence);
            return;
        }
        lastSequence = sequence;
        if (!EntryHashing.payloadDigest(entry.payload()).equals(entry.payloadDigest())) {
            fail(sequence, "entry " + sequence + " has a payload that does not match its digest");
        } else if (entry.chained() && !followsChain(entry)) {
            return;
        } else if (!EntryHashing.leafHash(entry).equals(entry.leafHash())) {
            fail(sequence, "entry " + sequence + " does not match its hash");
        } else {
            chainEnded |= !entry.chained();
            frontier.append(MerkleTree.unhex(entry.leafHash()));
            if (treeSizes.contains(sequence)) {
                roots.put(sequence, frontier.root());
            }
        }
    }

    private boolean followsChain(StoredEntry entry) {
        long sequence = entry.sequence();
        if (chainEnded || !entry.previousHash().equals(lastChainHash)) {
            fail(sequence, "entry " + sequence + " does not follow from the entry before it");
        } else if (!EntryHashing.entryHash(entry).equals(entry.hash())) {
            fail(sequence, "entry " + sequence + " does not match its hash");
        } else {
            lastChainHash = entry.hash();
            if (chainSequences.contains(sequence)) {
                chainHashes.put(sequence, entry.hash());
            }
            return true;
        }
        return false;
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

    String chainHashAt(long sequence) {
        return chainHashes.get(sequence);
    }

    byte[] rootAt(long size) {
        return roots.get(size);
    }

    /** Whether a stored subtree hash is the one the entries give; false for one the entries do not give at all. */
    boolean storedNodeHolds(int level, long index, byte[] hash) {
        byte[] computed = computedLevel(level);
        if ((index + 1) * 32 > computed.length) {
            return false;
        }
        return Arrays.equals(computed, (int) (index * 32), (int) (index * 32 + 32), hash, 0, 32);
    }

    /** How many subtree hashes the entries give at a stored level. */
    long storedNodesAt(int level) {
        return computedLevel(level).length / 32;
    }

    private byte[] computedLevel(int level) {
        return finishedLevels.computeIfAbsent(level, l -> {
            ByteArrayOutputStream computed = storedLevels.get(l);
            return computed == null ? new byte[0] : computed.toByteArray();
        });
    }
}
