package uk.lantern.intelligence;

import java.util.Collection;
import java.util.List;

import uk.lantern.identity.Actor;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.people.ChildId;

/**
 * Intelligence reports. Who may see what follows the handling code (docs/intelligence.md): a report in full, its
 * sanitised version, or nothing. Every change and every read is in the ledger, and bad input raises
 * {@link uk.lantern.identity.InvalidInputException} naming each field.
 */
public interface Intelligence {

    IntelReportView submit(Actor actor, NewIntelReport report);

    /**
     * The report as the actor may see it; the read is logged with its level.
     *
     * @throws uk.lantern.identity.AccessRefusedException when the actor may see neither version
     */
    IntelReportView read(Actor actor, IntelReportId id);

    /** The reports the actor may see in either version, newest information first. */
    List<IntelReportSummary> list(Actor actor, int offset, int limit);

    /** Adds a subject; only the recording agency may change a report. */
    IntelReportView addSubject(Actor actor, IntelReportId id, NewSubject subject);

    IntelReportView addLink(Actor actor, IntelReportId id, NewLink link);

    /** Sets or replaces the sanitised version; only the recording agency may. */
    IntelReportView setSanitisedVersion(Actor actor, IntelReportId id, String sanitisedText);

    /**
     * Records reports from other agencies' systems, as they were graded there, together; returns their ids in order.
     * A problem names the report by its place in the list, as in {@code [3].informationDate}, when there are several.
     */
    List<IntelReportId> importReports(LedgerActor by, List<ImportedIntelReport> reports);

    /** Records links from other systems, on reports already imported, together. */
    void importLinks(LedgerActor by, List<ImportedIntelLink> links);

    /**
     * The reports naming any of the children as a subject, newest information first, as the handling rules let the
     * viewer see them; a report the viewer may see in neither version is only counted. Nothing is logged here: the
     * caller logs what it shows.
     */
    ChildIntelligence aboutChildren(Actor viewer, Collection<ChildId> children);
}
