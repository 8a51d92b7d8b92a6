package uk.lantern.intelligence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.lantern.identity.AgencyId;
import uk.lantern.identity.AgencyView;
import uk.lantern.identity.Directory;
import uk.lantern.intelligence.IntelReportId;
import uk.lantern.intelligence.IntelReportSummary;
import uk.lantern.intelligence.IntelReportView;
import uk.lantern.intelligence.LinkView;
import uk.lantern.intelligence.SubjectRef;
import uk.lantern.intelligence.SubjectRole;
import uk.lantern.intelligence.SubjectView;
import uk.lantern.intelligence.Visibility;
import uk.lantern.intelligence.internal.ReportRepository.LinkRow;
import uk.lantern.intelligence.internal.ReportRepository.ReportRow;
import uk.lantern.intelligence.internal.ReportRepository.SubjectRow;

/**
 * Builds what a reader sees of a report. A sanitised view leaves out the original text, the source evaluation and
 * handling, who recorded it and any witness, who may be the source.
 */
@Component
class ReportViews {

    private final ReportRepository reports;
    private final SubjectRegistry registry;
    private final Directory directory;

    ReportViews(ReportRepository reports, SubjectRegistry registry, Directory directory) {
        this.reports = reports;
        this.registry = registry;
        this.directory = directory;
    }

    IntelReportView view(ReportRow row, Visibility visibility) {
        boolean full = visibility == Visibility.FULL;
        List<SubjectRow> subjectRows = reports.subjects(List.of(row.id())).stream()
                .filter(subject -> full || subject.role() != SubjectRole.WITNESS).toList();
        Set<SubjectRef> shown = subjectRows.stream().map(SubjectRow::ref).collect(Collectors.toSet());
        List<LinkRow> linkRows = reports.linksOfReports(List.of(row.id())).stream()
                .filter(link -> shown.contains(link.from()) && shown.contains(link.to())).toList();
        Map<SubjectRef, String> labels = registry.labels(shown);
        List<SubjectView> subjects = subjectRows.stream().map(subject -> new SubjectView(subject.ref(),
                subject.ref().type(), labels.getOrDefault(subject.ref(), subject.ref().toString()), subject.role(),
                subject.detail())).toList();
        List<LinkView> links = linkRows.stream().map(link -> new LinkView(link.from(),
                labels.getOrDefault(link.from(), link.from().toString()), link.to(),
                labels.getOrDefault(link.to(), link.to().toString()), link.type(), link.firstSeen(), link.lastSeen(),
                link.detail())).toList();
        return new IntelReportView(new IntelReportId(row.id()), row.reference(), visibility, agencyName(row.agency()),
                row.areaCodes(), row.informationDate(), row.recordedAt(), full ? row.recordedBy() : null,
                full ? row.grading() : null, row.grading().intelligence(), full ? row.text() : null,
                row.sanitisedText(), subjects, links);
    }

    List<IntelReportSummary> summaries(List<ReportRow> rows, Function<ReportRow, Visibility> visibility) {
        Map<UUID, Long> subjectCounts = reports.subjects(rows.stream().map(ReportRow::id).toList()).stream()
                .collect(Collectors.groupingBy(SubjectRow::reportId, Collectors.counting()));
        Map<AgencyId, String> agencyNames = new HashMap<>();
        List<IntelReportSummary> summaries = new ArrayList<>();
        for (ReportRow row : rows) {
            Visibility seen = visibility.apply(row);
            summaries.add(new IntelReportSummary(new IntelReportId(row.id()), row.reference(), seen,
                    agencyNames.computeIfAbsent(row.agency(), this::agencyName), row.informationDate(),
                    seen == Visibility.FULL ? row.grading().code() : null,
                    subjectCounts.getOrDefault(row.id(), 0L).intValue()));
        }
        return summaries;
    }

    List<SubjectRef> subjectsOf(UUID reportId) {
        return reports.subjects(List.of(reportId)).stream().map(SubjectRow::ref).toList();
    }

    private String agencyName(AgencyId agency) {
        return directory.agency(agency).map(AgencyView::name).orElse("Unknown agency");
    }
}
