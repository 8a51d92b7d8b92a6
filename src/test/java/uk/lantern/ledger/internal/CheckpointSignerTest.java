package uk.lantern.ledger.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.lantern.ledger.Checkpoint;
import uk.lantern.ledger.LedgerProperties;
import uk.lantern.runtime.RunMode;
import uk.lantern.runtime.RuntimeProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointSignerTest {

    @TempDir
    Path dataDir;

    private CheckpointSigner embeddedSigner() {
        return new CheckpointSigner(new LedgerProperties(null, null, null), new RuntimeProperties(dataDir, 0, "lantern_app"),
                new RunMode(true, true, false));
    }

    @Test
    void generatesAKeyIntoTheDataDirectoryAndReusesIt() {
        Checkpoint first = embeddedSigner().signChain(5, "a".repeat(64), Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Files.exists(dataDir.resolve(CheckpointSigner.GENERATED_KEY_FILE))).isTrue();
        assertThat(embeddedSigner().isAuthentic(first)).isTrue();
    }

    @Test
    void aChangedCheckpointIsNotAuthentic() {
        CheckpointSigner signer = embeddedSigner();
        Checkpoint signed = signer.signChain(5, "a".repeat(64), Instant.parse("2026-01-01T00:00:00Z"));
        Checkpoint moved = Checkpoint.ofChain(6, signed.hash(), signed.createdAt(), signed.publicKey(),
                signed.signature());
        Checkpoint rehashed = Checkpoint.ofChain(5, "b".repeat(64), signed.createdAt(), signed.publicKey(),
                signed.signature());
        assertThat(signer.isAuthentic(signed)).as("checked once, and remembered").isTrue();
        assertThat(signer.isAuthentic(moved)).isFalse();
        assertThat(signer.isAuthentic(rehashed)).isFalse();
    }

    @Test
    void aTreeHeadIsASignedNoteAndNeitherItsNoteNorItsFieldsCanBeChanged() {
        CheckpointSigner signer = embeddedSigner();
        byte[] root = MerkleTree.leafHash(new byte[] {1});
        Checkpoint signed = signer.signTree(12, root, Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(signed.note()).startsWith("lantern.local/ledger\n12\n" + Base64.getEncoder().encodeToString(root)
                + "\nTimestamp: 2026-01-01T00:00:00Z\n\n\u2014 lantern.local/ledger ");
        assertThat(signed.hash()).isEqualTo(MerkleTree.hex(root));
        assertThat(signer.isAuthentic(signed)).isTrue();

        Checkpoint noteGrown = new Checkpoint(12, signed.hash(), signed.createdAt(), signed.algorithm(),
                signed.publicKey(), signed.signature(), signed.note().replace("\n12\n", "\n13\n"));
        Checkpoint fieldsGrown = new Checkpoint(13, signed.hash(), signed.createdAt(), signed.algorithm(),
                signed.publicKey(), signed.signature(), signed.note());
        Checkpoint bothGrown = new Checkpoint(13, signed.hash(), signed.createdAt(), signed.algorithm(),
                signed.publicKey(), signed.signature(), noteGrown.note());
        assertThat(signer.isAuthentic(noteGrown)).isFalse();
        assertThat(signer.isAuthentic(fieldsGrown)).isFalse();
        assertThat(signer.isAuthentic(bothGrown)).isFalse();
        assertThat(signer.verifierKey()).startsWith("lantern.local/ledger+");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotAuthentic(@TempDir Path otherDir) {
        CheckpointSigner other = new CheckpointSigner(new LedgerProperties(null, null, null),
                new RuntimeProperties(otherDir, 0, "lantern_app"), new RunMode(true, true, false));
        Checkpoint foreign = other.signChain(5, "a".repeat(64), Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(embeddedSigner().isAuthentic(foreign)).isFalse();
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKey() {
        assertThatThrownBy(() -> new CheckpointSigner(new LedgerProperties(null, null, null),
                new RuntimeProperties(dataDir, 0, "lantern_app"), new RunMode(false, false, false)))
                .hasMessageContaining("lantern.ledger.signing-key-file is required");
    }

    @Test
    void readsAConfiguredKeyFile() throws Exception {
        Path keyFile = dataDir.resolve("configured.pem");
        SigningKeys.write(SigningKeys.generate(), keyFile);
        CheckpointSigner signer = new CheckpointSigner(new LedgerProperties(keyFile, null, null),
                new RuntimeProperties(dataDir, 0, "lantern_app"), new RunMode(false, false, false));
        assertThat(signer.isAuthentic(signer.signChain(1, "c".repeat(64), Instant.now()))).isTrue();
        assertThat(Files.exists(dataDir.resolve(CheckpointSigner.GENERATED_KEY_FILE))).isFalse();
    }

    @Test
    void afterTheKeyIsRotatedEarlierCheckpointsStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        Path oldKeyFile = dataDir.resolve("old.pem");
        Path newKeyFile = dataDir.resolve("new.pem");
        SigningKeys.write(SigningKeys.generate(), oldKeyFile);
        SigningKeys.write(SigningKeys.generate(), newKeyFile);
        RuntimeProperties runtime = new RuntimeProperties(dataDir, 0, "lantern_app");
        RunMode external = new RunMode(false, false, false);
        Checkpoint beforeRotation = new CheckpointSigner(new LedgerProperties(oldKeyFile, null, null), runtime,
                external).signChain(7, "d".repeat(64), Instant.parse("2026-01-01T00:00:00Z"));

        CheckpointSigner rotated = new CheckpointSigner(new LedgerProperties(newKeyFile, List.of(oldKeyFile), null),
                runtime, external);
        Checkpoint afterRotation = rotated.signChain(9, "e".repeat(64), Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(rotated.isAuthentic(beforeRotation)).isTrue();
        assertThat(rotated.isAuthentic(afterRotation)).isTrue();
        assertThat(afterRotation.publicKey()).isNotEqualTo(beforeRotation.publicKey())
                .isEqualTo(Base64.getEncoder().encodeToString(SigningKeys.read(newKeyFile).getPublic().getEncoded()));
        assertThat(new CheckpointSigner(new LedgerProperties(newKeyFile, null, null), runtime, external)
                .isAuthentic(beforeRotation)).as("without the retired key, the old checkpoint is refused").isFalse();
        Checkpoint alteredUnderOldKey = Checkpoint.ofChain(7, "f".repeat(64), beforeRotation.createdAt(),
                beforeRotation.publicKey(), beforeRotation.signature());
        assertThat(rotated.isAuthentic(alteredUnderOldKey)).isFalse();
    }
}
