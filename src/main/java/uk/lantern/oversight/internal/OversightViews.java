package uk.lantern.oversight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.lantern.oversight.internal.disclosure.Cell;

/** What the oversight pages, API and exports show: figures only, already under disclosure control. */
final class OversightViews {

    private OversightViews() {
    }

    record AreaView(String code, String name, String type) {
    }

    /** The rules the figures were published under. */
    record DisclosureView(int suppressionThreshold, int roundingBase, boolean rounded) {
    }

    /** One measure, one figure per period. */
    record MeasureView(String id, String section, String label, String unit, List<Cell> values) {
    }

    /** One category of a breakdown, one figure per year. */
    record CategoryRow(String category, String label, List<Cell> values) {
    }

    /**
     * Victims or suspects by one characteristic, by year, with the total and how complete the recording is: the share
     * recorded, "not stated" (asked and declined) and "not recorded".
     */
    record BreakdownView(String population, String dimension, String label, List<String> years,
                         List<CategoryRow> rows, List<Cell> totals, List<CategoryRow> completeness) {
    }

    record MeasuresView(AreaView area, String by, LocalDate from, LocalDate until, List<String> periods,
                        Instant figuresAsAt, DisclosureView disclosure, List<MeasureView> measures,
                        List<BreakdownView> demographics) {

        MeasureView measure(String id) {
            return measures.stream().filter(measure -> measure.id().equals(id)).findFirst().orElseThrow();
        }
    }
}
