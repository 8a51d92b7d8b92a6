package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.intelligence.internal.ReportRepository.LinkRow;
import uk.lantern.intelligence.internal.ReportRepository.Origin;
import uk.lantern.intelligence.internal.ReportRepository.ReportRow;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

/** Stated links on a report: checked, stored, recorded in the ledger and announced. */
@Component
class ReportLinks {

    private final ReportRepository reports;
    private final SubjectRegistry registry;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;

    ReportLinks(ReportRepository reports, SubjectRegistry registry, ApplicationEventPublisher events, Ledger ledger,
                Clock clock) {
        this.reports = reports;
        this.registry = registry;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Links in a new report name its subjects by position; each position must be one of them. */
    void checkPositions(List<NewIntelReport.ReportLink> links, int subjectCount, List<FieldError> errors) {
        for (int i = 0; i < links.size(); i++) {
            NewIntelReport.ReportLink link = links.get(i);
            checkPosition(link.from(), "links[" + i + "].from", subjectCount, errors);
            checkPosition(link.to(), "links[" + i + "].to", subjectCount, errors);
            if (link.from() != null && link.from().equals(link.to())) {
                errors.add(new FieldError("links[" + i + "].to", "A link joins two different subjects"));
            }
        }
    }

    private static void checkPosition(Integer position, String field, int subjectCount, List<FieldError> errors) {
        if (position == null || position < 0 || position >= subjectCount) {
            errors.add(new FieldError(field, "Give the position of one of the report's subjects, from 0 to "
                    + (subjectCount - 1)));
        }
    }

    /** Adds a link to a report; a subject not yet on the report is added to it as MENTIONED. */
    void add(LedgerActor by, ReportRow report, NewLink link, String prefix, Origin origin) {
        List<FieldError> errors = new ArrayList<>();
        if (link.from() == null) {
            errors.add(new FieldError(prefix + "from", "Choose the subject the link is from"));
        }
        if (link.to() == null) {
            errors.add(new FieldError(prefix + "to", "Choose the subject the link is to"));
        } else if (link.to().equals(link.from())) {
            errors.add(new FieldError(prefix + "to", "A link joins two different subjects"));
        }
        LinkType type = Fields.choice(LinkType.class, link.linkType(), prefix + "linkType", null, errors);
        LocalDate firstSeen = Fields.date(link.firstSeen(), prefix + "firstSeen", report.informationDate(), errors);
        LocalDate lastSeen = Fields.date(link.lastSeen(), prefix + "lastSeen", firstSeen, errors);
        if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
            errors.add(new FieldError(prefix + "lastSeen", "The link was last seen on or after it was first seen"));
        }
        String detail = Fields.optional(link.detail(), prefix + "detail", SubjectResolver.MAX_DETAIL, errors);
        Fields.fail(errors);
        for (var end : List.of(link.from(), link.to())) {
            if (!registry.exists(end)) {
                throw new InvalidInputException(prefix + (end == link.from() ? "from" : "to"), "No "
                        + end.type().code().replace('_', ' ') + " " + end.id() + " is held in Lantern");
            }
            reports.insertSubject(report.id(), end, SubjectRole.MENTIONED, null);
        }
        UUID id = UUID.randomUUID();
        reports.insertLink(new LinkRow(id, link.from(), link.to(), type, "INTEL_REPORT", report.id(), report.id(),
                null, null, firstSeen, lastSeen, detail), by.actorName(), clock.instant(), origin);
        ledger.append(new LedgerRecord(by, "INTELLIGENCE_LINK_ADDED", IntelligenceService.REPORT,
                report.id().toString(), Map.of("link", id.toString(), "from", link.from().toString(),
                "to", link.to().toString(), "type", type.name())));
        events.publishEvent(new SubjectsLinked(Set.of(link.from(), link.to()), "intel_report:" + report.id(),
                report.reference()));
    }
}
