package uk.lantern.people;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A child record's id. It appears in JSON as the bare UUID. */
public record ChildId(@JsonValue UUID value) {

    public static ChildId of(String text) {
        return new ChildId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
