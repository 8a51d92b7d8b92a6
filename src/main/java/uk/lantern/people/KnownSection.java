package uk.lantern.people;

import java.util.List;

/** One part of the known-to-services picture: its kind, its heading, and what is known, newest first. */
public record KnownSection(KnownSectionKind kind, String title, List<KnownItem> items) {

    public KnownSection {
        items = List.copyOf(items);
    }

    public KnownSection(KnownSectionKind kind, List<KnownItem> items) {
        this(kind, kind.title(), items);
    }
}
