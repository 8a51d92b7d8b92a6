package uk.lantern.ledger;

import java.util.List;

/**
 * A proof that the log of {@code toSize} entries extends the log of its first {@code fromSize}, with nothing in
 * those rewritten: RFC 9162 section 2.1.4.
 *
 * @param fromRoot the root of the smaller tree, hex
 * @param toRoot the root of the larger tree, hex
 * @param proof the consistency proof, hex, in the RFC's order
 */
public record LedgerConsistencyProof(long fromSize, String fromRoot, long toSize, String toRoot,
                                     List<String> proof) {
}
