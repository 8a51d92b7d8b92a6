package uk.lantern.ledger.internal;

/** Where the hash of a complete subtree comes from: the stored tree, or a list of leaves in a test. */
interface SubtreeHashes {

    /**
     * The hash of the complete subtree at {@code level} (0 for a leaf) holding leaves
     * {@code [index * 2^level, (index + 1) * 2^level)}.
     */
    byte[] complete(int level, long index);
}
