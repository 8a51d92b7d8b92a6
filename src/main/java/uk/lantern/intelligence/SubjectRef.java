package uk.lantern.intelligence;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** One subject of intelligence by type and id, written {@code vehicle:5f0c…} in URLs and JSON. */
@Schema(type = "string", description = "A subject as type:id", example = "vehicle:5f0c3b9e-8d1a-4c2e-9b7f-2a6d4e8c1f03")
public record SubjectRef(SubjectType type, UUID id) {

    public SubjectRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /**
     * Parses {@code type:uuid}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubjectRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Write a subject as type:id, for example vehicle:" + UUID.randomUUID());
        }
        SubjectType type = SubjectType.parse(text.substring(0, colon)).orElseThrow(() ->
                new IllegalArgumentException("Unknown subject type '" + text.substring(0, colon) + "'"));
        return new SubjectRef(type, UUID.fromString(text.substring(colon + 1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return type.code() + ":" + id;
    }
}
