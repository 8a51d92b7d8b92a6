package uk.lantern.intelligence;

import java.time.LocalDate;
import java.util.List;

/**
 * One piece of evidence that two subjects are linked, with where it came from.
 *
 * @param source         the record it came from, for example {@code intel_report:…} or {@code return_interview:…}
 * @param sourceLabel    the record as a reader knows it, for example {@code INT-2026-000042}
 * @param grading        the report's grading; absent for what a child said in a missing episode or interview
 * @param areaCodes      the areas of the report, or the child's local authority
 */
public record EvidenceLink(SubjectRef from, SubjectRef to, LinkType type, String source, String sourceLabel,
                           LocalDate firstSeen, LocalDate lastSeen, Grading grading, List<String> areaCodes) {

    public EvidenceLink {
        areaCodes = List.copyOf(areaCodes);
    }
}
