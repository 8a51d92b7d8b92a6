package uk.lantern.intelligence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelReportSummary;
import uk.lantern.intelligence.IntelReportView;
import uk.lantern.intelligence.Intelligence;
import uk.lantern.intelligence.NewIntelReport;
import uk.lantern.intelligence.NewLink;
import uk.lantern.intelligence.NewSubject;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectsLinked;
import uk.lantern.intelligence.Visibility;
import uk.lantern.intelligence.internal.ReportRepository.Origin;
import uk.lantern.intelligence.internal.ReportRepository.ReportRow;
import uk.lantern.intelligence.internal.SubjectResolver.ResolvedSubject;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

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
        UUID id = store(actor, actor.agencyId(), actor.areaCode(), report, Origin.TYPED);
        return views.view(reports.find(id).orElseThrow(), Visibility.FULL);
    }

    @Override
    @Transactional
    public IntelReportId importReport(LedgerActor by, AgencyId agency, NewIntelReport report, String sourceSystem,
                                      String sourceId) {
        AgencyView recording = directory.agency(agency).orElseThrow(() -> new RecordNotFoundException("AGENCY"));
        return new IntelReportId(store(by, agency, recording.areaCode(), report, new Origin(sourceSystem, sourceId)));
    }

    private UUID store(LedgerActor by, AgencyId agency, String agencyArea, NewIntelReport report, Origin origin) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FieldError> errors = new ArrayList<>();
        ReportValidator.ValidReport valid = validator.validate(report, agencyArea, today, errors);
        List<NewIntelReport.ReportLink> reportLinks = report.links() == null ? List.of() : report.links();
        List<NewSubject> given = report.subjects() == null ? List.of() : report.subjects();
        links.checkPositions(reportLinks, given.size(), errors);
        Fields.fail(errors);
        UUID id = UUID.randomUUID();
        ReportRow row = new ReportRow(id, reports.nextReference(today.getYear()), agency, valid.areaCodes(),
                valid.informationDate(), valid.grading(), valid.text(), valid.sanitisedText(), by.actorName(),
                clock.instant());
        reports.insert(row, origin);
        List<SubjectRef> stored = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ResolvedSubject subject = subjects.resolve(by, given.get(i), "subjects[" + i + "].",
                    valid.areaCodes().get(0));
            reports.insertSubject(id, subject.ref(), subject.role(), subject.detail());
            stored.add(subject.ref());
        }
        for (int i = 0; i < reportLinks.size(); i++) {
            NewIntelReport.ReportLink link = reportLinks.get(i);
            links.add(by, row, new NewLink(stored.get(link.from()), stored.get(link.to()), link.linkType(),
                    link.firstSeen(), link.lastSeen(), link.detail()), "links[" + i + "].", Origin.TYPED);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference", row.reference());
        payload.put("grading", valid.grading().scheme().code() + " " + valid.grading().code());
        payload.put("subjects", stored.stream().map(SubjectRef::toString).toList());
        payload.put("links", reportLinks.size());
        if (origin.sourceSystem() != null) {
            payload.put("source", origin.sourceSystem() + "/" + origin.sourceRecord());
        }
        ledger.append(new LedgerRecord(by, "INTELLIGENCE_RECORDED", REPORT, id.toString(), payload));
        events.publishEvent(new SubjectsLinked(new HashSet<>(stored), "intel_report:" + id, row.reference()));
        return id;
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
    @Transactional
    public IntelReportView addSubject(Actor actor, IntelReportId id, NewSubject subject) {
        ReportRow row = changeable(actor, id);
        ResolvedSubject resolved = subjects.resolve(actor, subject, "", row.areaCodes().get(0));
        if (!reports.insertSubject(row.id(), resolved.ref(), resolved.role(), resolved.detail())) {
            throw new uk.lantern.identity.InvalidInputException("existing", "That subject is already on the report");
        }
        ledger.append(new LedgerRecord(actor, "INTELLIGENCE_SUBJECT_ADDED", REPORT, id.toString(),
                Map.of("subject", resolved.ref().toString(), "role", resolved.role().name())));
        events.publishEvent(new SubjectsLinked(Set.copyOf(views.subjectsOf(row.id())), "intel_report:" + id,
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
    public void importLink(LedgerActor by, IntelReportId report, NewLink link, String sourceSystem, String sourceId) {
        ReportRow row = reports.findForUpdate(report.value())
                .orElseThrow(() -> new RecordNotFoundException(REPORT));
        links.add(by, row, link, "", new Origin(sourceSystem, sourceId));
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
