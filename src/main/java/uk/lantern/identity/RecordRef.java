package uk.lantern.identity;

import java.util.Objects;

/** A protected record by type and id, for example {@code CHILD} and its id. */
public record RecordRef(String type, String id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
