package uk.lantern.synth.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.lantern.synth.internal.Interchange.Grading;
import uk.lantern.synth.internal.Interchange.IntelReportRecord;
import uk.lantern.synth.internal.Interchange.LinkRecord;
import uk.lantern.synth.internal.Interchange.Ref;
import uk.lantern.synth.internal.Interchange.Subject;
import uk.lantern.synth.internal.Interchange.SubjectRef;

/**
 * An intelligence report being put together: its subjects, the links it states between them, and a sentence for
 * each. It becomes an {@code intel_report} record and its {@code link} records, which refer back to the report.
 */
final class ReportDraft {

    private final SynthAgency agency;
    private final String sourceId;
    private final LocalDate informationDate;
    private final List<String> areaCodes;
    private final Grading grading;
    private final Map<SubjectRef, Subject> subjects = new LinkedHashMap<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<StatedLink> links = new ArrayList<>();
    private String sanitisedText;

    private record StatedLink(SubjectRef from, SubjectRef to, String linkType) {
    }

    ReportDraft(SynthAgency agency, String sourceId, LocalDate informationDate, List<String> areaCodes,
                Grading grading) {
        this.agency = agency;
        this.sourceId = sourceId;
        this.informationDate = informationDate;
        this.areaCodes = List.copyOf(areaCodes);
        this.grading = grading;
    }

    Grading grading() {
        return grading;
    }

    /** Adds a subject once; a subject already named keeps its first role. */
    ReportDraft name(SubjectRef subject, String role, String detail) {
        subjects.putIfAbsent(subject, new Subject(subject, role, detail));
        return this;
    }

    boolean names(SubjectRef subject) {
        return subjects.containsKey(subject);
    }

    ReportDraft link(SubjectRef from, SubjectRef to, String linkType) {
        links.add(new StatedLink(from, to, linkType));
        return this;
    }

    ReportDraft say(String sentence) {
        sentences.add(sentence);
        return this;
    }

    ReportDraft sanitised(String text) {
        this.sanitisedText = text;
        return this;
    }

    void write(BundleSink sink) {
        Ref report = new Ref(agency.system(), sourceId);
        sink.write(Section.INTEL_REPORTS, new IntelReportRecord("intel_report", agency.system(), sourceId,
                agency.ref(), informationDate.toString(), areaCodes, grading, String.join(" ", sentences),
                sanitisedText, List.copyOf(subjects.values())));
        for (int i = 0; i < links.size(); i++) {
            StatedLink link = links.get(i);
            sink.write(Section.LINKS, new LinkRecord("link", agency.system(), sourceId + "-L" + (i + 1), report,
                    link.from(), link.to(), link.linkType(), null, null, null));
        }
    }
}
