package uk.lantern.identity;

import java.util.UUID;

public record AgencyId(UUID value) {

    public static AgencyId of(String text) {
        return new AgencyId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
