package uk.lantern.people;

import java.util.List;

/**
 * One part of the known-to-services picture: its kind, its heading, what is known, newest first, and a notice that
 * stands for what the viewer may not see without describing any of it.
 *
 * @param notice for intelligence the viewer may not see, the one line that says whom to ask; null otherwise
 */
public record KnownSection(KnownSectionKind kind, String title, List<KnownItem> items, String notice) {

    public KnownSection {
        items = List.copyOf(items);
    }

    public KnownSection(KnownSectionKind kind, List<KnownItem> items) {
        this(kind, items, null);
    }

    public KnownSection(KnownSectionKind kind, List<KnownItem> items, String notice) {
        this(kind, kind.title(), items, notice);
    }
}
