package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.AccessRefusedException;
import uk.lantern.identity.Actor;
import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Capability;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.identity.RecordNotFoundException;
import uk.lantern.identity.RecordRef;
import uk.lantern.intelligence.Grading;
import uk.lantern.intelligence.ChildIntelligence;
import uk.lantern.intelligence.ImportedIntelLink;
import uk.lantern.intelligence.ImportedIntelReport;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelReportSummary;
import uk.lantern.intelligence.IntelReportView;
import uk.lantern.intelligence.IntelligenceAboutChild;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.NewSubject;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.intelligence.Visibility;
import uk.lantern.intelligence.internal.ReportRepository.Origin;
import uk.lantern.intelligence.internal.ReportRepository.ReportRow;
import uk.lantern.intelligence.internal.ReportRepository.ReportWithOrigin;
import uk.lantern.intelligence.internal.ReportRepository.SubjectRow;
import uk.lantern.intelligence.internal.SubjectResolver.ResolvedSubject;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.people.ChildId;

@Service
class IntelligenceService implements Intelligence {

    static final String REPORT = "INTEL_REPORT";
    static final int MAX_PAGE = 200;

    private final ReportRepository reports;
    private final ReportValidator validator;
    private final SubjectResolver subjects;
    private final ReportLinks links;
    private final ReportViews views;
    private final HandlingRules rules;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Ledger ledger;
    private final Clock clock;

    IntelligenceService(ReportRepository reports, ReportValidator validator, SubjectResolver subjects,
                        ReportLinks links, ReportViews views, HandlingRules rules, Directory directory,
                        ApplicationEventPublisher events, Ledger ledger, Clock clock) {
        this.reports = reports;
        this.validator = validator;
        this.subjects = subjects;
        this.links = links;
        this.views = views;
        this.rules = rules;
        this.directory = directory;
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IntelReportView submit(Actor actor, NewIntelReport report) {
        if (!actor.can(Capability.SUBMIT_INTELLIGENCE)) {
            throw new AccessRefusedException(new RecordRef(REPORT, "new"), false);
        }
        UUID id = store(actor, List.of(new ReportToStore(actor.agencyId(), actor.areaCode(), report, Origin.TYPED)))
                .get(0);
        return views.view(reports.find(id).orElseThrow(), Visibility.FULL);
    }

    @Override
    @Transactional
    public List<IntelReportId> importReports(LedgerActor by, List<ImportedIntelReport> imported) {
        Map<AgencyId, AgencyView> agencies = new HashMap<>();
        for (ImportedIntelReport given : imported) {
            agencies.computeIfAbsent(given.agency(), agency -> directory.agency(agency)
                    .orElseThrow(() -> new RecordNotFoundException("AGENCY")));
        }
        return store(by, imported.stream().map(given -> new ReportToStore(given.agency(),
                agencies.get(given.agency()).areaCode(), given.report(),
                new Origin(given.sourceSystem(), given.sourceId()))).toList()).stream().map(IntelReportId::new)
                .toList();
    }

    /** A report to record: the recording agency, its area, the report and where it came from. */
    private record ReportToStore(AgencyId agency, String agencyArea, NewIntelReport report, Origin origin) {
    }

    /** A report checked, with its subjects resolved, ready to write. */
    private record PreparedReport(ReportRow row, List<ResolvedSubject> subjects,
                                  List<NewIntelReport.ReportLink> links, Origin origin) {
    }

    /**
     * Records reports together: each is checked and its subjects resolved (existing subjects looked up for all at
     * once), then the reports, their subjects and their ledger entries are written in batches. With several reports a
     * problem's field names the report by its place, as in {@code [3].informationDate}.
     */
    private List<UUID> store(LedgerActor by, List<ReportToStore> given) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<SubjectRef> held = subjects.held(given.stream().flatMap(report -> subjectsOf(report.report()).stream())
                .map(SubjectResolver::named).flatMap(Optional::stream).toList());
        List<String> references = reports.nextReferences(today.getYear(), given.size());
        List<PreparedReport> prepared = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String prefix = given.size() == 1 ? "" : "[" + i + "].";
            prepared.add(prepare(by, given.get(i), references.get(i), today, prefix, held::contains));
        }
        reports.insertAll(prepared.stream().map(report -> new ReportWithOrigin(report.row(), report.origin()))
                .toList());
        reports.insertSubjects(prepared.stream().flatMap(report -> report.subjects().stream()
                .map(subject -> new SubjectRow(report.row().id(), subject.ref(), subject.role(), subject.detail())))
                .toList());
        List<LedgerRecord> entries = new ArrayList<>(prepared.size());
        List<SubjectsLinked.Linkage> linkages = new ArrayList<>(prepared.size());
        for (PreparedReport report : prepared) {
            List<SubjectRef> stored = report.subjects().stream().map(ResolvedSubject::ref).toList();
            for (int i = 0; i < report.links().size(); i++) {
                NewIntelReport.ReportLink link = report.links().get(i);
                links.add(by, report.row(), new NewLink(stored.get(link.from()), stored.get(link.to()),
                        link.linkType(), link.firstSeen(), link.lastSeen(), link.detail()), "links[" + i + "].",
                        Origin.TYPED);
            }
            entries.add(new LedgerRecord(by, "INTELLIGENCE_RECORDED", REPORT, report.row().id().toString(),
                    recordedPayload(report, stored)));
            linkages.add(new SubjectsLinked.Linkage(new HashSet<>(stored), "intel_report:" + report.row().id(),
                    report.row().reference()));
        }
        ledger.appendAll(entries);
        events.publishEvent(new SubjectsLinked(linkages));
        return prepared.stream().map(report -> report.row().id()).toList();
    }

    private PreparedReport prepare(LedgerActor by, ReportToStore given, String reference, LocalDate today,
                                   String prefix, Predicate<SubjectRef> held) {
        NewIntelReport report = given.report();
        List<FieldError> errors = new ArrayList<>();
        ReportValidator.ValidReport valid = validator.validate(report, given.agencyArea(), today, errors);
        List<NewIntelReport.ReportLink> reportLinks = report.links() == null ? List.of() : report.links();
        List<NewSubject> subjectsGiven = subjectsOf(report);
        links.checkPositions(reportLinks, subjectsGiven.size(), errors);
        Fields.fail(prefixed(errors, prefix));
        ReportRow row = new ReportRow(UUID.randomUUID(), reference, given.agency(), valid.areaCodes(),
                valid.informationDate(), valid.grading(), valid.text(), valid.sanitisedText(), by.actorName(),
                clock.instant());
        List<ResolvedSubject> resolved = new ArrayList<>(subjectsGiven.size());
        for (int i = 0; i < subjectsGiven.size(); i++) {
            resolved.add(subjects.resolve(by, subjectsGiven.get(i), prefix + "subjects[" + i + "].",
                    valid.areaCodes().get(0), held));
        }
        return new PreparedReport(row, resolved, reportLinks, given.origin());
    }

    private static List<NewSubject> subjectsOf(NewIntelReport report) {
        return report.subjects() == null ? List.of() : report.subjects();
    }

    private static List<FieldError> prefixed(List<FieldError> errors, String prefix) {
        return errors.stream().map(error -> new FieldError(prefix + error.field(), error.message())).toList();
    }

    private static Map<String, Object> recordedPayload(PreparedReport report, List<SubjectRef> stored) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference", report.row().reference());
        Grading grading = report.row().grading();
        payload.put("grading", grading.scheme().code() + " " + grading.code());
        payload.put("subjects", stored.stream().map(SubjectRef::toString).toList());
        payload.put("links", report.links().size());
        if (report.origin().sourceSystem() != null) {
            payload.put("source", report.origin().sourceSystem() + "/" + report.origin().sourceRecord());
        }
        return payload;
    }

    @Override
    @Transactional
    public IntelReportView read(Actor actor, IntelReportId id) {
        ReportRow row = reports.find(id.value()).orElseThrow(() -> new RecordNotFoundException(REPORT));
        Visibility visibility = rules.visibility(actor, row.access())
                .orElseThrow(() -> new AccessRefusedException(new RecordRef(REPORT, id.toString()), false));
        ledger.append(new LedgerRecord(actor, "INTELLIGENCE_READ", REPORT, id.toString(),
                Map.of("reference", row.reference(), "visibility", visibility.name())));
        return views.view(row, visibility);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntelReportSummary> list(Actor actor, int offset, int limit) {
        List<ReportRow> rows = reports.list(rules.visible(actor), Math.max(0, offset),
                Math.max(1, Math.min(limit, MAX_PAGE)));
        return views.summaries(rows, row -> rules.visibility(actor, row.access()).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public ChildIntelligence aboutChildren(Actor viewer, Collection<ChildId> children) {
        List<IntelligenceAboutChild> visible = new ArrayList<>();
        int withheld = 0;
        for (ReportRepository.ChildReportRow found : reports.namingChildren(children)) {
            Optional<Visibility> visibility = rules.visibility(viewer, found.report().access());
            if (visibility.isPresent()) {
                ReportRow row = found.report();
                visible.add(new IntelligenceAboutChild(new IntelReportId(row.id()), row.reference(), found.child(),
                        row.informationDate(), found.agencyName(), found.role(), visibility.get()));
            } else {
                withheld++;
            }
        }
        return new ChildIntelligence(visible, withheld);
    }

    @Override
    @Transactional
    public IntelReportView addSubject(Actor actor, IntelReportId id, NewSubject subject) {
        ReportRow row = changeable(actor, id);
        ResolvedSubject resolved = subjects.resolve(actor, subject, "", row.areaCodes().get(0));
        if (!reports.insertSubject(row.id(), resolved.ref(), resolved.role(), resolved.detail())) {
            throw new uk.lantern.identity.InvalidInputException("existing", "That subject is already on the report");
        }
        ledger.append(new LedgerRecord(actor, "INTELLIGENCE_SUBJECT_ADDED", REPORT, id.toString(),
                Map.of("subject", resolved.ref().toString(), "role", resolved.role().name())));
        events.publishEvent(SubjectsLinked.one(Set.copyOf(views.subjectsOf(row.id())), "intel_report:" + id,
                row.reference()));
        return views.view(row, Visibility.FULL);
    }

    @Override
    @Transactional
    public IntelReportView addLink(Actor actor, IntelReportId id, NewLink link) {
        ReportRow row = changeable(actor, id);
        links.add(actor, row, link, "", Origin.TYPED);
        return views.view(row, Visibility.FULL);
    }

    @Override
    @Transactional
    public void importLinks(LedgerActor by, List<ImportedIntelLink> imported) {
        Map<UUID, ReportRow> found = new HashMap<>();
        reports.findAllForUpdate(imported.stream().map(given -> given.report().value()).distinct().toList())
                .forEach(row -> found.put(row.id(), row));
        List<FieldError> errors = new ArrayList<>();
        List<ReportLinks.CheckedLink> checked = new ArrayList<>(imported.size());
        for (int i = 0; i < imported.size(); i++) {
            ImportedIntelLink given = imported.get(i);
            ReportRow row = found.get(given.report().value());
            if (row == null) {
                throw new RecordNotFoundException(REPORT);
            }
            checked.add(links.check(row, given.link(), imported.size() == 1 ? "" : "[" + i + "].",
                    new Origin(given.sourceSystem(), given.sourceId()), errors));
        }
        Fields.fail(errors);
        links.store(by, checked);
    }

    @Override
    @Transactional
    public IntelReportView setSanitisedVersion(Actor actor, IntelReportId id, String sanitisedText) {
        ReportRow row = changeable(actor, id);
        List<FieldError> errors = new ArrayList<>();
        String text = Fields.required(sanitisedText, "sanitisedText", ReportValidator.MAX_SANITISED,
                "Enter the sanitised version", errors);
        Fields.fail(errors);
        reports.updateSanitisedText(row.id(), text);
        ledger.append(new LedgerRecord(actor, "INTELLIGENCE_SANITISED_VERSION_SET", REPORT, id.toString(),
                Map.of("reference", row.reference(), "replaced", row.sanitisedText() != null)));
        return views.view(reports.find(row.id()).orElseThrow(), Visibility.FULL);
    }

    private ReportRow changeable(Actor actor, IntelReportId id) {
        ReportRow row = reports.findForUpdate(id.value()).orElseThrow(() -> new RecordNotFoundException(REPORT));
        if (!rules.mayChange(actor, row.access())) {
            throw new AccessRefusedException(new RecordRef(REPORT, id.toString()), false);
        }
        return row;
    }
}
