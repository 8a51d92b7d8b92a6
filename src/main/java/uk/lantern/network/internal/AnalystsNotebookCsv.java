package uk.lantern.network.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.lantern.network.DateSpan;
import uk.lantern.network.Link;
import uk.lantern.network.NetworkGraph;
import uk.lantern.network.Subject;
import uk.lantern.network.SubjectId;
import uk.lantern.runtime.SpreadsheetCells;

/**
 * Writes a network as two CSV files laid out for the Import wizard of i2 Analyst's Notebook: one row per entity, and
 * one row per link naming its two entities by the ids of the entity file. docs/network-exports.md says which column
 * maps to what in the wizard. Every text cell goes through {@link SpreadsheetCells}, so a name cannot become a formula.
 */
public final class AnalystsNotebookCsv {

    public static final List<String> ENTITY_COLUMNS = List.of("Entity ID", "Entity Type", "Label", "Suspect", "Areas",
            "First Seen", "Last Seen");
    public static final List<String> LINK_COLUMNS = List.of("Link ID", "From ID", "From Type", "To ID", "To Type",
            "Link Type", "First Date", "Last Date", "Evidence Count", "Grading", "Source Records");

    private AnalystsNotebookCsv() {
    }

    public static void writeEntities(NetworkGraph network, Writer out) throws IOException {
        try (CSVPrinter csv = printer(out, ENTITY_COLUMNS)) {
            for (Subject subject : network.subjects()) {
                Optional<DateSpan> seen = network.seen(subject.id());
                csv.printRecord(SpreadsheetCells.row(subject.id().value(), ExportFields.typeName(subject.type()),
                        subject.label(), subject.isSuspect() ? "Yes" : "No", ExportFields.joined(subject.areas()),
                        ExportFields.first(seen), ExportFields.last(seen)));
            }
        }
    }

    public static void writeLinks(NetworkGraph network, Writer out) throws IOException {
        try (CSVPrinter csv = printer(out, LINK_COLUMNS)) {
            List<Link> links = network.links();
            for (int k = 0; k < links.size(); k++) {
                Link link = links.get(k);
                Optional<DateSpan> seen = Optional.of(link.seen());
                csv.printRecord(SpreadsheetCells.row("link-" + k, link.from().value(), typeOf(network, link.from()),
                        link.to().value(), typeOf(network, link.to()), ExportFields.linkTypeName(link),
                        ExportFields.first(seen), ExportFields.last(seen), link.evidence().size(),
                        ExportFields.gradings(link), ExportFields.sources(link)));
            }
        }
    }

    /** The end's type, so the Import wizard can create or match each end entity from the link file alone. */
    private static String typeOf(NetworkGraph network, SubjectId end) {
        return network.subject(end).map(subject -> ExportFields.typeName(subject.type())).orElseThrow();
    }

    private static CSVPrinter printer(Writer out, List<String> columns) throws IOException {
        // The printer is closed to flush it; the caller's writer stays theirs to close.
        Writer unclosable = new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new CSVPrinter(unclosable, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }
}
