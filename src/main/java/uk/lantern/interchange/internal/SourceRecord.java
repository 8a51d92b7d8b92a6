package uk.lantern.interchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.JsonNode;

/** One record of a file, with the line it came from and the key that makes importing it idempotent. */
record SourceRecord(long line, JsonNode json) {

    String type() {
        return json.path("type").asString("");
    }

    String sourceSystem() {
        return json.path("sourceSystem").asString("");
    }

    String sourceId() {
        return json.path("sourceId").asString("");
    }

    String key() {
        return key(type(), sourceSystem(), sourceId());
    }

    static String key(String type, String sourceSystem, String sourceId) {
        return type + "|" + sourceSystem + "|" + sourceId;
    }

    /** SHA-256 of the record as written, so an unchanged record is recognised on a second import. */
    String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
