package uk.lantern.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A user's id. It appears in JSON as the bare UUID. */
public record UserId(@JsonValue UUID value) {

    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
