package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.intelligence.internal.ReportRepository.LinkRow;
import uk.lantern.intelligence.internal.ReportRepository.LinkWithOrigin;
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

    /** A link whose fields are checked, ready to store on its report. */
    record CheckedLink(ReportRow report, NewLink link, LinkType type, LocalDate firstSeen, LocalDate lastSeen,
                       String detail, String prefix, Origin origin) {
    }

    /** Adds a link to a report; a subject not yet on the report is added to it as MENTIONED. */
    void add(LedgerActor by, ReportRow report, NewLink link, String prefix, Origin origin) {
        List<FieldError> errors = new ArrayList<>();
        CheckedLink checked = check(report, link, prefix, origin, errors);
        Fields.fail(errors);
        store(by, List.of(checked));
    }

    /** Checks a link's own fields, adding each problem to {@code errors} named with {@code prefix}. */
    CheckedLink check(ReportRow report, NewLink link, String prefix, Origin origin, List<FieldError> errors) {
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
        return new CheckedLink(report, link, type, firstSeen, lastSeen, detail, prefix, origin);
    }

    /**
     * Stores checked links together: both ends of each must be held in Lantern; an end not yet on its report is
     * added to it as MENTIONED.
     */
    void store(LedgerActor by, List<CheckedLink> checked) {
        Set<SubjectRef> held = registry.held(checked.stream()
                .flatMap(given -> Stream.of(given.link().from(), given.link().to())).toList());
        List<ReportRepository.SubjectRow> ends = new ArrayList<>();
        List<LinkWithOrigin> rows = new ArrayList<>(checked.size());
        List<LedgerRecord> entries = new ArrayList<>(checked.size());
        List<SubjectsLinked.Linkage> linkages = new ArrayList<>(checked.size());
        for (CheckedLink given : checked) {
            NewLink link = given.link();
            UUID reportId = given.report().id();
            for (SubjectRef end : List.of(link.from(), link.to())) {
                if (!held.contains(end)) {
                    throw new InvalidInputException(given.prefix() + (end == link.from() ? "from" : "to"), "No "
                            + end.type().code().replace('_', ' ') + " " + end.id() + " is held in Lantern");
                }
                ends.add(new ReportRepository.SubjectRow(reportId, end, SubjectRole.MENTIONED, null));
            }
            UUID id = UUID.randomUUID();
            rows.add(new LinkWithOrigin(new LinkRow(id, link.from(), link.to(), given.type(), "INTEL_REPORT",
                    reportId, reportId, null, null, given.firstSeen(), given.lastSeen(), given.detail()),
                    given.origin()));
            entries.add(new LedgerRecord(by, "INTELLIGENCE_LINK_ADDED", IntelligenceService.REPORT,
                    reportId.toString(), Map.of("link", id.toString(), "from", link.from().toString(),
                    "to", link.to().toString(), "type", given.type().name())));
            linkages.add(new SubjectsLinked.Linkage(Set.of(link.from(), link.to()), "intel_report:" + reportId,
                    given.report().reference()));
        }
        reports.insertSubjects(ends);
        reports.insertLinks(rows, by.actorName(), clock.instant());
        ledger.appendAll(entries);
        events.publishEvent(new SubjectsLinked(linkages));
    }
}
