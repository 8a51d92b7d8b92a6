package uk.lantern.referral;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** A referral's id. It appears in JSON as the bare UUID. */
public record ReferralId(@JsonValue UUID value) {

    public static ReferralId of(String text) {
        return new ReferralId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
