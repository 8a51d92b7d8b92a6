package uk.lantern.review;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A historic review's id. It appears in JSON as the bare UUID. */
public record ReviewId(@JsonValue UUID value) {

    public static ReviewId of(String text) {
        return new ReviewId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
