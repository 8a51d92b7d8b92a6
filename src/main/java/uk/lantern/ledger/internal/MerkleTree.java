package uk.lantern.ledger.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Merkle tree hashing of RFC 9162 (and RFC 6962) section 2.1: a leaf is hashed with a 0x00 prefix and an
 * interior node with 0x01, so no leaf can pass for a node. Hashes are SHA-256, 32 bytes.
 */
final class MerkleTree {

    private static final HexFormat HEX = HexFormat.of();
    /** The root of a tree with no leaves: RFC 9162 defines it as the hash of empty input. */
    private static final byte[] EMPTY_ROOT = sha256().digest();

    private MerkleTree() {
    }

    static byte[] leafHash(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        return sha256.digest(data);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x01);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The largest power of two smaller than {@code n}, for n of 2 or more: where RFC 9162 splits a range. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }

    /** A fresh SHA-256 digest; every hash of the ledger uses one. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", impossible);
        }
    }
}
