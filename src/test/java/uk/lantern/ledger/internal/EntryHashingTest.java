package uk.lantern.ledger.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryHashingTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.123456Z");

    private static String hash(String actor, String agency, String action) {
        return EntryHashing.entryHash(7, AT, actor, agency, action, "USER", "u1",
                EntryHashing.payloadDigest("{}"), EntryHashing.GENESIS_HASH);
    }

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(hash("ann", "Agency", "USER_CREATED")).isEqualTo(hash("ann", "Agency", "USER_CREATED"))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertThat(hash("ann", "Agency", "X")).isNotEqualTo(hash("annA", "gency", "X"));
    }

    @Test
    void aMissingAgencyDiffersFromAnEmptyOne() {
        assertThat(hash("ann", null, "X")).isNotEqualTo(hash("ann", "", "X"));
    }

    @Test
    void everyFieldIsCovered() {
        String base = EntryHashing.entryHash(1, AT, "a", "b", "c", "d", "e", "f", "g");
        assertThat(EntryHashing.entryHash(2, AT, "a", "b", "c", "d", "e", "f", "g")).isNotEqualTo(base);
        assertThat(EntryHashing.entryHash(1, AT.plusNanos(1000), "a", "b", "c", "d", "e", "f", "g")).isNotEqualTo(base);
        assertThat(EntryHashing.entryHash(1, AT, "a", "b", "c", "D", "e", "f", "g")).isNotEqualTo(base);
        assertThat(EntryHashing.entryHash(1, AT, "a", "b", "c", "d", "E", "f", "g")).isNotEqualTo(base);
        assertThat(EntryHashing.entryHash(1, AT, "a", "b", "c", "d", "e", "F", "g")).isNotEqualTo(base);
        assertThat(EntryHashing.entryHash(1, AT, "a", "b", "c", "d", "e", "f", "G")).isNotEqualTo(base);
    }

    @Test
    void payloadDigestIsSha256OfTheText() {
        assertThat(EntryHashing.payloadDigest("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
