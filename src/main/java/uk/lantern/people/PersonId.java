package uk.lantern.people;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A person record's id. It appears in JSON as the bare UUID. */
public record PersonId(@JsonValue UUID value) {

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
