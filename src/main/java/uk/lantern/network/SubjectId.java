package uk.lantern.network;

/**
 * A subject's id: its kind and its key in the module that owns it, for example {@code person:3f2c…} or
 * {@code vehicle:AB12CDE}. Ids are compared as given, so the loading module decides what makes two subjects the same.
 */
public record SubjectId(String value) implements Comparable<SubjectId> {

    public SubjectId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("subject id: must not be blank");
        }
    }

    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    @Override
    public int compareTo(SubjectId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
