package uk.lantern.network;

/**
 * The record a piece of evidence comes from: its kind and its id in the module that owns it, written
 * {@code kind:id}, for example {@code intel_report:42} or {@code missing_episode:8e1…}.
 */
public record SourceRecord(String kind, String id) {

    public SourceRecord {
        if (kind == null || kind.isBlank() || kind.contains(":")) {
            throw new IllegalArgumentException("source record kind: must be a word without a colon, was " + kind);
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("source record id: must not be blank");
        }
    }

    /** Reads {@code kind:id}; the id may itself contain colons. */
    public static SourceRecord parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("source record: expected kind:id, was " + text);
        }
        return new SourceRecord(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
