package uk.lantern.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An agency's id. It appears in JSON as the bare UUID. */
public record AgencyId(@JsonValue UUID value) {

    public static AgencyId of(String text) {
        return new AgencyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
