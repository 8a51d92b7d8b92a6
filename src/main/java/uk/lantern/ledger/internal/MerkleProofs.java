package uk.lantern.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inclusion and consistency proofs as RFC 9162 section 2.1.3 and 2.1.4 define them (RFC 6962's audit path and
 * consistency proof), built from complete-subtree hashes, and Lantern's own checks of them. The hashes of a proof are
 * in the RFC's order: the one nearest the leaf (or the smaller tree) first.
 */
final class MerkleProofs {

    private MerkleProofs() {
    }

    /** MTH(D[lo:hi]): the hash of leaves lo to hi - 1, where lo is a multiple of the largest power of two in range. */
    static byte[] rangeHash(SubtreeHashes tree, long lo, long hi) {
        long n = hi - lo;
        if (MerkleTree.isPowerOfTwo(n)) {
            int level = Long.numberOfTrailingZeros(n);
            return tree.complete(level, lo >>> level);
        }
        long k = MerkleTree.split(n);
        return MerkleTree.nodeHash(rangeHash(tree, lo, lo + k), rangeHash(tree, lo + k, hi));
    }

    /** PATH(leafIndex, D[0:treeSize]). */
    static List<byte[]> inclusion(SubtreeHashes tree, long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>();
        path(tree, leafIndex, 0, treeSize, proof);
        return proof;
    }

    private static void path(SubtreeHashes tree, long leaf, long lo, long hi, List<byte[]> proof) {
        if (hi - lo == 1) {
            return;
        }
        long k = MerkleTree.split(hi - lo);
        if (leaf < lo + k) {
            path(tree, leaf, lo, lo + k, proof);
            proof.add(rangeHash(tree, lo + k, hi));
        } else {
            path(tree, leaf, lo + k, hi, proof);
            proof.add(rangeHash(tree, lo, lo + k));
        }
    }

    /** PROOF(oldSize, D[0:newSize]): that the tree of newSize leaves extends the tree of its first oldSize. */
    static List<byte[]> consistency(SubtreeHashes tree, long oldSize, long newSize) {
        if (oldSize < 1 || oldSize > newSize) {
            throw new IllegalArgumentException("no consistency proof from " + oldSize + " to " + newSize);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(tree, oldSize, 0, newSize, true, proof);
        return proof;
    }

    private static void subproof(SubtreeHashes tree, long oldSize, long lo, long hi, boolean whole,
                                 List<byte[]> proof) {
        if (oldSize == hi) {
            if (!whole) {
                proof.add(rangeHash(tree, lo, hi));
            }
            return;
        }
        long k = MerkleTree.split(hi - lo);
        if (oldSize <= lo + k) {
            subproof(tree, oldSize, lo, lo + k, whole, proof);
            proof.add(rangeHash(tree, lo + k, hi));
        } else {
            subproof(tree, oldSize, lo + k, hi, false, proof);
            proof.add(rangeHash(tree, lo, lo + k));
        }
    }

    /** Whether the proof takes the leaf at leafIndex to root in a tree of treeSize leaves. */
    static boolean verifyInclusion(List<byte[]> proof, long leafIndex, long treeSize, byte[] leafHash, byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        byte[] computed = runInclusion(proof, proof.size(), 0, treeSize, leafIndex, leafHash);
        return computed != null && Arrays.equals(computed, root);
    }

    /** Replays the proof's first {@code used} hashes over leaves [lo, hi); null when they do not fit. */
    private static byte[] runInclusion(List<byte[]> proof, int used, long lo, long hi, long leaf, byte[] leafHash) {
        if (hi - lo == 1) {
            return used == 0 ? leafHash : null;
        }
        if (used == 0) {
            return null;
        }
        long k = MerkleTree.split(hi - lo);
        byte[] sibling = proof.get(used - 1);
        if (leaf < lo + k) {
            byte[] left = runInclusion(proof, used - 1, lo, lo + k, leaf, leafHash);
            return left == null ? null : MerkleTree.nodeHash(left, sibling);
        }
        byte[] right = runInclusion(proof, used - 1, lo + k, hi, leaf, leafHash);
        return right == null ? null : MerkleTree.nodeHash(sibling, right);
    }

    /** Whether the proof shows the tree of newSize leaves with newRoot extends the one of oldSize with oldRoot. */
    static boolean verifyConsistency(List<byte[]> proof, long oldSize, byte[] oldRoot, long newSize, byte[] newRoot) {
        if (oldSize < 1 || oldSize > newSize) {
            return false;
        }
        byte[][] roots = runConsistency(proof, proof.size(), 0, newSize, oldSize, oldRoot);
        return roots != null && Arrays.equals(roots[0], oldRoot) && Arrays.equals(roots[1], newRoot);
    }

    /** The old and new hashes of leaves [lo, hi) the proof implies; null when it does not fit. */
    private static byte[][] runConsistency(List<byte[]> proof, int used, long lo, long hi, long oldSize,
                                           byte[] oldRoot) {
        if (oldSize == hi) {
            if (lo == 0) {
                return used == 0 ? new byte[][] {oldRoot, oldRoot} : null;
            }
            return used == 1 ? new byte[][] {proof.get(0), proof.get(0)} : null;
        }
        if (used == 0) {
            return null;
        }
        long k = MerkleTree.split(hi - lo);
        byte[] sibling = proof.get(used - 1);
        if (oldSize <= lo + k) {
            byte[][] left = runConsistency(proof, used - 1, lo, lo + k, oldSize, oldRoot);
            return left == null ? null : new byte[][] {left[0], MerkleTree.nodeHash(left[1], sibling)};
        }
        byte[][] right = runConsistency(proof, used - 1, lo + k, hi, oldSize, oldRoot);
        return right == null ? null
                : new byte[][] {MerkleTree.nodeHash(sibling, right[0]), MerkleTree.nodeHash(sibling, right[1])};
    }
}
