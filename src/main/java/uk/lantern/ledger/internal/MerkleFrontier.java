package uk.lantern.ledger.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The right edge of a growing Merkle tree: the hashes of its complete subtrees, largest first, which is all that is
 * needed to add leaves and to know the root. It reports each complete subtree as it is formed, so the sequencer can
 * store the ones worth keeping and a verification can compare them with what is stored.
 */
final class MerkleFrontier {

    /** Told of each complete subtree above the leaves as it is formed, level by level in index order. */
    interface Completed {
        void node(int level, long index, byte[] hash);
    }

    private record Subtree(int level, byte[] hash) {
    }

    private final Deque<Subtree> edge = new ArrayDeque<>();
    private final Completed completed;
    private long size;

    private MerkleFrontier(Completed completed) {
        this.completed = completed;
    }

    static MerkleFrontier empty(Completed completed) {
        return new MerkleFrontier(completed);
    }

    /** The frontier of an existing tree of {@code size} leaves, read from its complete subtrees. */
    static MerkleFrontier of(long size, SubtreeHashes tree, Completed completed) {
        MerkleFrontier frontier = new MerkleFrontier(completed);
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                frontier.edge.addLast(new Subtree(level, tree.complete(level, start >>> level)));
                start += width;
            }
        }
        frontier.size = size;
        return frontier;
    }

    void append(byte[] leafHash) {
        long index = size;
        Subtree carry = new Subtree(0, leafHash);
        while (!edge.isEmpty() && edge.peekLast().level() == carry.level()) {
            Subtree left = edge.removeLast();
            carry = new Subtree(carry.level() + 1, MerkleTree.nodeHash(left.hash(), carry.hash()));
            completed.node(carry.level(), index >>> carry.level(), carry.hash());
        }
        edge.addLast(carry);
        size++;
    }

    long size() {
        return size;
    }

    /** The root of the tree so far; for an empty tree, the hash of nothing (RFC 9162: SHA-256 of empty input). */
    byte[] root() {
        Iterator<Subtree> fromRight = edge.descendingIterator();
        if (!fromRight.hasNext()) {
            return MerkleTree.emptyRoot();
        }
        byte[] root = fromRight.next().hash();
        while (fromRight.hasNext()) {
            root = MerkleTree.nodeHash(fromRight.next().hash(), root);
        }
        return root;
    }
}
