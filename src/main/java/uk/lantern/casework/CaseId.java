package uk.lantern.casework;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A case's id. It appears in JSON as the bare UUID. */
public record CaseId(@JsonValue UUID value) {

    public static CaseId of(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
