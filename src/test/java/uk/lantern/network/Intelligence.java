package uk.lantern.network;

import java.time.LocalDate;

/** Evidence for test networks: intelligence reports and missing episodes with the given dates and grades. */
final class Intelligence {

    private Intelligence() {
    }

    static Evidence report(String id, String date, String grading) {
        return Evidence.on(new SourceRecord("intel_report", id), LocalDate.parse(date), Grading.parse(grading));
    }

    static Evidence report(String id, String date) {
        return report(id, date, "1A P");
    }

    static Evidence missingEpisode(String id, String from, String to) {
        return new Evidence(new SourceRecord("missing_episode", id),
                new DateSpan(LocalDate.parse(from), LocalDate.parse(to)), Grading.ungraded());
    }
}
