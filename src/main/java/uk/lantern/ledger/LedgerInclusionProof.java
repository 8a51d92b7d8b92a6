package uk.lantern.ledger;

import java.util.List;

/**
 * A proof that one entry is in the log, as RFC 9162 section 2.1.3 defines it: hashing the leaf with the proof's
 * hashes in order gives the root of the tree of {@code treeSize} entries, which a signed checkpoint states.
 *
 * @param sequence the entry's place in the log (its leaf index is one less)
 * @param leafHash the entry's leaf hash, hex
 * @param treeSize the size of the tree the proof is against
 * @param rootHash that tree's root, hex
 * @param proof the audit path, hex, the hash nearest the leaf first
 * @param checkpoint the signed checkpoint of that tree, when Lantern issued one of exactly that size
 */
public record LedgerInclusionProof(long sequence, String leafHash, long treeSize, String rootHash,
                                   List<String> proof, Checkpoint checkpoint) {
}
