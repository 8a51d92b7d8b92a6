package uk.lantern.network;

import java.time.LocalDate;

/**
 * One record's support for a link or for naming a person as a suspect: which record, when it says the thing happened
 * (one date, or a span such as a missing episode), and how it is graded.
 */
public record Evidence(SourceRecord record, DateSpan seen, Grading grading) {

    public Evidence {
        if (record == null) {
            throw new IllegalArgumentException("evidence record: required");
        }
        if (seen == null) {
            throw new IllegalArgumentException("evidence date: required for " + record);
        }
        if (grading == null) {
            throw new IllegalArgumentException("evidence grading: required for " + record + " (use Grading.ungraded())");
        }
    }

    public static Evidence on(SourceRecord record, LocalDate date, Grading grading) {
        return new Evidence(record, DateSpan.on(date), grading);
    }
}
