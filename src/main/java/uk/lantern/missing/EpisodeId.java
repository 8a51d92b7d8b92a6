package uk.lantern.missing;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A missing episode's id. It appears in JSON as the bare UUID. */
public record EpisodeId(@JsonValue UUID value) {

    public static EpisodeId of(String text) {
        return new EpisodeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
