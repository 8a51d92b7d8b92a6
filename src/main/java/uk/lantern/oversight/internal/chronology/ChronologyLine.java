package uk.lantern.oversight.internal.chronology;

import java.time.Instant;
import java.util.List;

/**
 * One ledger entry in an inquiry chronology: every field its hash covers, so the line can be checked on its own, and
 * no payload, with the proof that the entry is in the tree the chronology's checkpoint signs.
 *
 * @param reference the case or referral reference of the subject, where it has one; not part of the entry
 * @param previousHash for an entry of the hash chain that came before the Merkle tree, the chain hash before it;
 *     otherwise null
 * @param chainHash for such an entry, its chain hash, which is its leaf's data; otherwise null
 * @param leafHash the entry's leaf hash in the log's Merkle tree
 * @param inclusionProof the audit path from the leaf to the checkpoint's root, hex, nearest the leaf first
 */
record ChronologyLine(long sequence, Instant recordedAt, String actor, String agency, String action,
                      String subjectType, String subjectId, String reference, String payloadDigest,
                      String previousHash, String chainHash, String leafHash, List<String> inclusionProof) {

    ChronologyLine withProof(List<String> proof) {
        return new ChronologyLine(sequence, recordedAt, actor, agency, action, subjectType, subjectId, reference,
                payloadDigest, previousHash, chainHash, leafHash, proof);
    }
}
