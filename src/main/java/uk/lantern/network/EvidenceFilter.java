package uk.lantern.network;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import uk.lantern.network.Grading.Graded;
import uk.lantern.network.Grading.Handling;

/**
 * Which evidence a view of the network keeps. Links and suspect namings survive only while some of their evidence is
 * kept, so a view built for a viewer holds nothing that viewer may not see. Grading filters judge intelligence only:
 * records that are not intelligence carry no grade and pass them, and are judged by {@link #records} instead, with the
 * owning module's access rules.
 */
@FunctionalInterface
public interface EvidenceFilter {

    boolean keeps(Evidence evidence);

    default EvidenceFilter and(EvidenceFilter other) {
        Objects.requireNonNull(other, "other filter");
        return evidence -> keeps(evidence) && other.keeps(evidence);
    }

    static EvidenceFilter everything() {
        return evidence -> true;
    }

    /** Evidence dated within the window, both ends inclusive; a span such as a missing episode needs only to overlap. */
    static EvidenceFilter within(LocalDate from, LocalDate to) {
        DateSpan window = new DateSpan(from, to);
        return evidence -> evidence.seen().overlaps(window);
    }

    /** Only intelligence that may be shared: handling P, or a legacy grade that reads as P. */
    static EvidenceFilter handlingPermittedOnly() {
        return graded(grade -> grade.handling() == Handling.P);
    }

    /** Intelligence whose source evaluation is this or better (1 is best): {@code sourceAtLeast(2)} keeps 1 and 2. */
    static EvidenceFilter sourceAtLeast(int worstAccepted) {
        return graded(grade -> grade.source() <= worstAccepted);
    }

    /** Intelligence assessed this or better (A is best): {@code intelligenceAtLeast('B')} keeps A and B. */
    static EvidenceFilter intelligenceAtLeast(char worstAccepted) {
        return graded(grade -> grade.intelligence() <= worstAccepted);
    }

    /** Evidence from the records a viewer may see, as the modules that own the records decide. */
    static EvidenceFilter records(Predicate<SourceRecord> visible) {
        return evidence -> visible.test(evidence.record());
    }

    private static EvidenceFilter graded(Predicate<Graded> accepted) {
        return evidence -> evidence.grading().onCurrentScale().map(accepted::test).orElse(true);
    }
}
