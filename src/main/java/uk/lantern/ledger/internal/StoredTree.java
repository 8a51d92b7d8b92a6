package uk.lantern.ledger.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's Merkle tree as stored: leaves in {@code ledger_entry.leaf_hash} by sequence, and complete subtrees at
 * every fourth level in {@code ledger_tree_node}. Any complete subtree's hash is then at most eight stored hashes
 * away. Each instance remembers what it has read, so build one per request or per sequencing run.
 */
@Repository
class StoredTree {

    /** Stored levels are multiples of this. */
    static final int STRIDE = 4;

    /** The tree a sequencing run left. */
    record Head(long size, String rootHash, Instant sequencedAt) {
    }

    /** The stored tree lacks a hash the entries call for: it was damaged, or tampered with. */
    static final class IncompleteTreeException extends IllegalStateException {
        IncompleteTreeException(String message) {
            super(message);
        }
    }

    /** A stored hash: level 0 is a leaf. */
    record NodeKey(int level, long index) {
    }

    private final JdbcClient jdbc;

    StoredTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Head> latestHead() {
        return jdbc.sql("SELECT size, root_hash, sequenced_at FROM ledger_tree_head ORDER BY size DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong("size"), row.getString("root_hash"),
                        row.getObject("sequenced_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** A reader of subtree hashes that remembers what it has read. */
    Reader reader() {
        return new Reader();
    }

    final class Reader implements SubtreeHashes {

        private final Map<NodeKey, byte[]> known = new HashMap<>();

        @Override
        public byte[] complete(int level, long index) {
            int stored = level - level % STRIDE;
            int above = level - stored;
            long first = index << above;
            long last = first + (1L << above) - 1;
            byte[][] hashes = new byte[(int) (last - first + 1)][];
            boolean missing = false;
            for (long i = first; i <= last; i++) {
                hashes[(int) (i - first)] = known.get(new NodeKey(stored, i));
                missing |= hashes[(int) (i - first)] == null;
            }
            if (missing) {
                load(stored, List.of(first), last - first + 1);
                for (long i = first; i <= last; i++) {
                    hashes[(int) (i - first)] = required(stored, i);
                }
            }
            return combine(hashes, 0, hashes.length);
        }

        /**
         * Reads, in one query per stored level, the blocks of sixteen stored hashes that proofs of these leaves
         * need, so that proofs for a whole chronology take a handful of queries rather than dozens per line.
         */
        void preloadAround(Collection<Long> leafIndices, long treeSize) {
            for (int level = 0; (1L << level) < treeSize; level += STRIDE) {
                TreeSet<Long> blocks = new TreeSet<>();
                for (long leaf : leafIndices) {
                    blocks.add((leaf >>> level) >>> STRIDE << STRIDE);
                }
                load(level, blocks, 1L << STRIDE);
            }
        }

        private void load(int level, Collection<Long> starts, long width) {
            Long[] from = starts.toArray(Long[]::new);
            if (level == 0) {
                jdbc.sql("SELECT e.sequence - 1 AS index, e.leaf_hash AS hash FROM unnest(?::bigint[]) b(start) "
                                + "JOIN ledger_entry e ON e.sequence > b.start AND e.sequence <= b.start + ?")
                        .params(from, width)
                        .query((row, n) -> known.put(new NodeKey(0, row.getLong("index")),
                                MerkleTree.unhex(row.getString("hash"))))
                        .list();
            } else {
                jdbc.sql("SELECT t.index, t.hash FROM unnest(?::bigint[]) b(start) JOIN ledger_tree_node t "
                                + "ON t.level = ? AND t.index >= b.start AND t.index < b.start + ?")
                        .params(from, level, width)
                        .query((row, n) -> known.put(new NodeKey(level, row.getLong("index")),
                                MerkleTree.unhex(row.getString("hash"))))
                        .list();
            }
        }

        private byte[] required(int level, long index) {
            byte[] hash = known.get(new NodeKey(level, index));
            if (hash == null) {
                throw new IncompleteTreeException("The ledger's tree has no stored hash at level " + level
                        + ", index " + index + ": it is incomplete or was tampered with");
            }
            return hash;
        }
    }

    /** The root of a complete run of sibling hashes, whose count is a power of two. */
    private static byte[] combine(byte[][] hashes, int from, int count) {
        if (count == 1) {
            return hashes[from];
        }
        int half = count / 2;
        return MerkleTree.nodeHash(combine(hashes, from, half), combine(hashes, from + half, half));
    }

    void insertNodes(List<NodeKey> keys, List<byte[]> hashes) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO ledger_tree_node (level, index, hash) "
                        + "SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::char(64)[])")
                .params(keys.stream().map(key -> (short) key.level()).toArray(Short[]::new),
                        keys.stream().map(NodeKey::index).toArray(Long[]::new),
                        hashes.stream().map(MerkleTree::hex).toArray(String[]::new))
                .update();
    }

    void insertHead(long size, byte[] root, Instant sequencedAt, long entries, Instant oldestCommittedAt) {
        jdbc.sql("INSERT INTO ledger_tree_head (size, root_hash, sequenced_at, entries, oldest_committed_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(size, MerkleTree.hex(root), sequencedAt.atOffset(ZoneOffset.UTC), entries,
                        oldestCommittedAt == null ? null : oldestCommittedAt.atOffset(ZoneOffset.UTC))
                .update();
    }
}
