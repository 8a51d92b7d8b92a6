package uk.lantern.oversight.internal;

import java.util.List;
import java.util.stream.IntStream;

import uk.lantern.oversight.internal.OversightViews.MeasureView;
import uk.lantern.oversight.internal.OversightViews.MeasuresView;
import uk.lantern.oversight.internal.charts.TimeSeriesPoint;
import uk.lantern.oversight.internal.charts.TimeSeriesSvg;

/** The time series drawn on the oversight page, from the same published figures as its tables. */
final class Charts {

    private static final List<String> TRENDS = List.of("referrals", "cse_referral_rate", "decisions_on_time_share",
            "interviews_on_time_share");

    private Charts() {
    }

    /** The four headline series, and the reader's chosen measure when it is another. */
    static List<String> trends(MeasuresView view, String chosen) {
        List<String> ids = new java.util.ArrayList<>(TRENDS);
        if (chosen != null && !ids.contains(chosen)
                && view.measures().stream().anyMatch(measure -> measure.id().equals(chosen))) {
            ids.add(chosen);
        }
        return ids.stream().map(view::measure).map(measure -> chart(view, measure)).toList();
    }

    private static String chart(MeasuresView view, MeasureView measure) {
        List<TimeSeriesPoint> points = IntStream.range(0, view.periods().size())
                .mapToObj(period -> new TimeSeriesPoint(view.periods().get(period), measure.values().get(period)))
                .toList();
        return new TimeSeriesSvg(measure.label() + ", " + view.area().name(), measure.unit()).render(points);
    }
}
