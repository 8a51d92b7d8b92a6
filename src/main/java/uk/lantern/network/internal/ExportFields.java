package uk.lantern.network.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import uk.lantern.network.DateSpan;
import uk.lantern.network.Link;
import uk.lantern.intelligence.SubjectType;

/** How subjects and links are written in every export, so that GraphML and the i2 files say the same thing. */
final class ExportFields {

    /** Separates the values of a many-valued field; analysts' tools split on it. */
    static final String SEPARATOR = "; ";

    private ExportFields() {
    }

    /** {@code Person}, {@code Named person}, {@code Child}, {@code Vehicle}, {@code Phone}, … */
    static String typeName(SubjectType type) {
        String name = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String linkTypeName(Link link) {
        return link.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String first(Optional<DateSpan> seen) {
        return seen.map(span -> span.first().toString()).orElse("");
    }

    static String last(Optional<DateSpan> seen) {
        return seen.map(span -> span.last().toString()).orElse("");
    }

    static String joined(Collection<String> values) {
        return String.join(SEPARATOR, values);
    }

    static String sources(Link link) {
        return joined(link.evidence().stream().map(evidence -> evidence.record().toString()).distinct().toList());
    }

    static String gradings(Link link) {
        return joined(link.gradings());
    }
}
