package uk.lantern.identity;

import java.util.UUID;

public record UserId(UUID value) {

    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
