package uk.lantern.intelligence;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An intelligence report's id. It appears in JSON as the bare UUID. */
public record IntelReportId(@JsonValue UUID value) {

    public static IntelReportId of(String text) {
        return new IntelReportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
