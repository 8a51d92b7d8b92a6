package uk.lantern.intelligence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.area.Areas;
import uk.lantern.identity.Actor;
import uk.lantern.identity.Capability;
import uk.lantern.intelligence.EvidenceLink;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelligenceEvidence;
import uk.lantern.intelligence.LinkType;
import uk.lantern.intelligence.ReportedSubject;
import uk.lantern.intelligence.internal.ReportRepository.LinkRow;
import uk.lantern.intelligence.internal.ReportRepository.ReportRow;
import uk.lantern.intelligence.internal.ReportRepository.SubjectRow;

/**
 * Gathers evidence for network analysis. Two subjects named in the same report are linked by that report
 * ({@link LinkType#NAMED_TOGETHER}), as well as by any link the report states.
 */
@Service
class EvidenceService implements IntelligenceEvidence {

    private static final HandlingRules.Condition EVERY_REPORT = new HandlingRules.Condition("true", List.of());

    private final ReportRepository reports;
    private final HandlingRules rules;
    private final Areas areas;

    EvidenceService(ReportRepository reports, HandlingRules rules, Areas areas) {
        this.reports = reports;
        this.rules = rules;
        this.areas = areas;
    }

    @Override
    @Transactional(readOnly = true)
    public Evidence visibleTo(Actor actor) {
        if (!actor.can(Capability.READ_INTELLIGENCE)) {
            return new Evidence(List.of(), List.of());
        }
        List<String> childAreas = Areas.ENGLAND.equals(actor.areaCode()) ? null
                : areas.localAuthoritiesCoveredBy(actor.areaCode());
        return gather(rules.fullyVisible(actor), childAreas);
    }

    @Override
    @Transactional(readOnly = true)
    public Evidence all() {
        return gather(EVERY_REPORT, null);
    }

    private Evidence gather(HandlingRules.Condition reportCondition, List<String> childAreas) {
        Map<UUID, ReportRow> visible = new LinkedHashMap<>();
        reports.eachReport(reportCondition, row -> visible.put(row.id(), row));
        List<UUID> ids = List.copyOf(visible.keySet());
        List<EvidenceLink> links = new ArrayList<>();
        List<ReportedSubject> roles = new ArrayList<>();
        Map<UUID, List<SubjectRow>> subjectsByReport = reports.subjects(ids).stream()
                .collect(Collectors.groupingBy(SubjectRow::reportId));
        subjectsByReport.forEach((reportId, subjects) -> {
            ReportRow report = visible.get(reportId);
            for (int i = 0; i < subjects.size(); i++) {
                SubjectRow subject = subjects.get(i);
                roles.add(new ReportedSubject(subject.ref(), subject.role(), new IntelReportId(reportId),
                        report.reference(), report.informationDate(), report.grading(), report.areaCodes()));
                for (int j = i + 1; j < subjects.size(); j++) {
                    links.add(new EvidenceLink(subject.ref(), subjects.get(j).ref(), LinkType.NAMED_TOGETHER,
                            "intel_report:" + reportId, report.reference(), report.informationDate(),
                            report.informationDate(), report.grading(), report.areaCodes()));
                }
            }
        });
        for (LinkRow link : reports.linksOfReports(ids)) {
            ReportRow report = visible.get(link.reportId());
            links.add(new EvidenceLink(link.from(), link.to(), link.type(), "intel_report:" + report.id(),
                    report.reference(), link.firstSeen(), link.lastSeen(), report.grading(), report.areaCodes()));
        }
        for (LinkRow link : reports.childLinks(childAreas)) {
            boolean fromEpisode = "MISSING_EPISODE".equals(link.sourceKind());
            links.add(new EvidenceLink(link.from(), link.to(), link.type(),
                    link.sourceKind().toLowerCase(java.util.Locale.ROOT) + ":" + link.sourceId(),
                    (fromEpisode ? "Missing episode " : "Return home interview about the episode of ")
                            + link.firstSeen(), link.firstSeen(), link.lastSeen(), null, List.of(link.areaCode())));
        }
        return new Evidence(links, roles);
    }
}
