package uk.lantern.intelligence;

import uk.lantern.identity.AgencyId;

/** A report from another agency's system, as it was graded there, and where it came from. */
public record ImportedIntelReport(AgencyId agency, NewIntelReport report, String sourceSystem, String sourceId) {
}
