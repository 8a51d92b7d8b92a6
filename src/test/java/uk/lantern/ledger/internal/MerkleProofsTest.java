package uk.lantern.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleProofsTest {

    /** The RFC 6962 test leaves used by Certificate Transparency's implementations, and their trees' roots. */
    private static final String[] VECTOR_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};
    private static final String[] VECTOR_ROOTS = {
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** MTH straight from RFC 9162's definition, over a list: the reference the stored-tree code is held to. */
    private static byte[] mth(List<byte[]> leaves, int lo, int hi) {
        if (hi - lo == 1) {
            return leaves.get(lo);
        }
        int k = (int) MerkleTree.split(hi - lo);
        return MerkleTree.nodeHash(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
    }

    private static SubtreeHashes over(List<byte[]> leaves) {
        return (level, index) -> mth(leaves, (int) (index << level), (int) ((index + 1) << level));
    }

    @Test
    void rootsMatchTheRfc6962TestVectors() {
        List<byte[]> leaves = new ArrayList<>();
        for (String data : VECTOR_LEAVES) {
            leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(data)));
        }
        MerkleFrontier frontier = MerkleFrontier.empty((level, index, hash) -> { });
        for (int size = 1; size <= leaves.size(); size++) {
            frontier.append(leaves.get(size - 1));
            assertThat(MerkleTree.hex(frontier.root())).as("root of %d", size).isEqualTo(VECTOR_ROOTS[size - 1]);
            assertThat(MerkleTree.hex(MerkleProofs.rangeHash(over(leaves), 0, size))).isEqualTo(VECTOR_ROOTS[size - 1]);
        }
    }

    @Test
    void everyInclusionProofVerifiesAndNoOtherLeafOrRootPasses() {
        for (int size = 1; size <= 40; size++) {
            List<byte[]> leaves = leaves(size);
            byte[] root = mth(leaves, 0, size);
            for (int leaf = 0; leaf < size; leaf++) {
                List<byte[]> proof = MerkleProofs.inclusion(over(leaves), leaf, size);
                assertThat(MerkleProofs.verifyInclusion(proof, leaf, size, leaves.get(leaf), root)).isTrue();
                assertThat(MerkleProofs.verifyInclusion(proof, leaf, size, MerkleTree.leafHash(new byte[] {9}), root))
                        .isFalse();
                if (size > 1) {
                    int other = (leaf + 1) % size;
                    assertThat(MerkleProofs.verifyInclusion(proof, other, size, leaves.get(leaf), root)).isFalse();
                }
                assertThat(MerkleProofs.verifyInclusion(proof, leaf, size, leaves.get(leaf),
                        mth(leaves(size + 1), 0, size + 1))).isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndARewrittenTreeFails() {
        for (int size = 1; size <= 40; size++) {
            List<byte[]> leaves = leaves(size);
            for (int old = 1; old <= size; old++) {
                List<byte[]> proof = MerkleProofs.consistency(over(leaves), old, size);
                byte[] oldRoot = mth(leaves, 0, old);
                byte[] newRoot = mth(leaves, 0, size);
                assertThat(MerkleProofs.verifyConsistency(proof, old, oldRoot, size, newRoot)).isTrue();

                List<byte[]> rewritten = new ArrayList<>(leaves);
                rewritten.set(old - 1, MerkleTree.leafHash(new byte[] {7}));
                byte[] rewrittenRoot = mth(rewritten, 0, size);
                List<byte[]> rewrittenProof = MerkleProofs.consistency(over(rewritten), old, size);
                assertThat(MerkleProofs.verifyConsistency(rewrittenProof, old, oldRoot, size, rewrittenRoot))
                        .as("old %d new %d", old, size).isFalse();
            }
        }
    }

    @Test
    void theFrontierReportsEveryCompleteSubtreeAndKnowsTheRootAtEverySize() {
        List<byte[]> leaves = leaves(100);
        Map<String, byte[]> reported = new HashMap<>();
        MerkleFrontier frontier = MerkleFrontier.empty((level, index, hash) -> reported.put(level + "/" + index, hash));
        for (int size = 1; size <= leaves.size(); size++) {
            frontier.append(leaves.get(size - 1));
            assertThat(frontier.root()).isEqualTo(mth(leaves, 0, size));
        }
        assertThat(reported).hasSize(100 - Long.bitCount(100));
        reported.forEach((key, hash) -> {
            int level = Integer.parseInt(key.split("/")[0]);
            int index = Integer.parseInt(key.split("/")[1]);
            assertThat(hash).isEqualTo(mth(leaves, index << level, (index + 1) << level));
        });

        MerkleFrontier resumed = MerkleFrontier.of(37, over(leaves), (level, index, hash) -> { });
        for (int i = 37; i < 100; i++) {
            resumed.append(leaves.get(i));
        }
        assertThat(resumed.root()).isEqualTo(mth(leaves, 0, 100));
    }
}
