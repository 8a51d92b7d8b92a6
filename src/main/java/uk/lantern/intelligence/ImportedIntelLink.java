package uk.lantern.intelligence;

/** A link from another system, on a report already imported, and where it came from. */
public record ImportedIntelLink(IntelReportId report, NewLink link, String sourceSystem, String sourceId) {
}
