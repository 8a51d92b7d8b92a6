package uk.lantern.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntFunction;

import uk.lantern.oversight.internal.FindingsStore.HistoricSeries;
import uk.lantern.oversight.internal.FindingsStore.NetworkSeries;
import uk.lantern.oversight.internal.OversightViews.MeasureView;
import uk.lantern.oversight.internal.PublishedFigures.ShareOfWhole;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.StatSymbol;

/**
 * The measures of DESIGN.md §3.9 on one set of definitions (docs/statistics.md), for one area, period by period, as
 * they may be published.
 */
final class MeasureSeries {

    static final String COUNT = "count";
    static final String RATE = "per 10,000 children aged 0 to 17";
    static final String PERCENT = "percent";
    static final String MEAN = "mean";

    private static final BaseCount[] OUTCOMES = {BaseCount.NO_FURTHER_ACTION, BaseCount.INFORMATION_AND_ADVICE,
            BaseCount.EARLY_HELP, BaseCount.ASSESSMENT, BaseCount.STRATEGY_DISCUSSION};
    private static final String[] OUTCOME_LABELS = {"Outcome: no further action", "Outcome: information and advice",
            "Outcome: early help", "Outcome: assessment", "Outcome: strategy discussion / section 47",
            "Awaiting decision"};

    private final PublishedFigures figures;
    private final List<String> periods;
    private final IntFunction<OptionalLong> childrenInPeriod;
    private final List<MeasureView> measures = new ArrayList<>();

    /**
     * @param childrenInPeriod the area's children aged 0 to 17 in the year of the period at each index
     */
    MeasureSeries(PublishedFigures figures, List<String> periods, IntFunction<OptionalLong> childrenInPeriod) {
        this.figures = figures;
        this.periods = periods;
        this.childrenInPeriod = childrenInPeriod;
    }

    List<MeasureView> build(Map<BaseCount, long[]> counts, NetworkSeries networks, HistoricSeries historic) {
        long[] referrals = counts.get(BaseCount.REFERRALS);
        List<Cell> publishedReferrals = referralsAndOutcomes(counts, referrals);
        ShareOfWhole cse = figures.share(periods, counts.get(BaseCount.CSE_REFERRALS), referrals);
        add("cse_referrals", "Referrals", "CSE-flagged referrals", COUNT, cse.part());
        add("cse_referral_rate", "Referrals", "CSE-flagged referrals per 10,000 children", RATE,
                rates(cse.part()));
        add("cse_referral_share", "Referrals", "CSE-flagged referrals, share of all referrals", PERCENT,
                cse.percentage());
        ShareOfWhole reReferrals = figures.share(periods, counts.get(BaseCount.RE_REFERRALS), referrals);
        add("re_referrals", "Referrals", "Re-referrals within 12 months", COUNT, reReferrals.part());
        add("re_referral_share", "Referrals", "Re-referrals within 12 months, share of referrals", PERCENT,
                reReferrals.percentage());
        add("referral_rate", "Referrals", "Referrals per 10,000 children", RATE,
                rates(publishedReferrals));

        ShareOfWhole onTime = figures.share(periods, counts.get(BaseCount.DECISIONS_ON_TIME),
                counts.get(BaseCount.DECISIONS_DUE));
        add("decisions_due", "Decisions", "Referral decisions due", COUNT, onTime.whole());
        add("decisions_on_time", "Decisions", "Decisions made within 1 working day", COUNT, onTime.part());
        add("decisions_on_time_share", "Decisions", "Decisions made within 1 working day, share", PERCENT,
                onTime.percentage());

        add("children_missing", "Missing and return home interviews", "Children reported missing", COUNT,
                figures.counts(counts.get(BaseCount.CHILDREN_MISSING)));
        add("children_missing_repeatedly", "Missing and return home interviews",
                "Children missing more than once in the period", COUNT,
                figures.counts(counts.get(BaseCount.CHILDREN_MISSING_REPEATEDLY)));
        ShareOfWhole interviews = figures.share(periods, counts.get(BaseCount.INTERVIEWS_ON_TIME),
                counts.get(BaseCount.INTERVIEWS_DUE));
        add("interviews_due", "Missing and return home interviews", "Return home interviews due", COUNT,
                interviews.whole());
        add("interviews_on_time", "Missing and return home interviews", "Return home interviews within 72 hours",
                COUNT, interviews.part());
        add("interviews_on_time_share", "Missing and return home interviews",
                "Return home interviews within 72 hours, share", PERCENT, interviews.percentage());

        List<Cell> cseAssessments = figures.counts(counts.get(BaseCount.CSE_ASSESSMENTS));
        add("cse_assessments", "Assessments", "Assessments ending with CSE identified (CIN factor 11A)", COUNT,
                cseAssessments);
        add("cse_assessment_rate", "Assessments", "Assessments ending with CSE identified per 10,000 children", RATE,
                rates(cseAssessments));

        networks(networks);
        add("historic_queued", "Historic review", "Closed cases queued for review", COUNT,
                figures.counts(historic.queued()));
        add("historic_reopened", "Historic review", "Closed cases reopened", COUNT,
                figures.counts(historic.reopened()));
        add("historic_confirmed", "Historic review", "Closures confirmed", COUNT,
                figures.counts(historic.confirmed()));
        return List.copyOf(measures);
    }

    /** Referrals and what was decided about them: parts of one whole, so they are protected together. */
    private List<Cell> referralsAndOutcomes(Map<BaseCount, long[]> counts, long[] referrals) {
        long[][] parts = new long[OUTCOMES.length + 1][];
        long[] awaiting = referrals.clone();
        for (int i = 0; i < OUTCOMES.length; i++) {
            parts[i] = counts.get(OUTCOMES[i]);
            for (int period = 0; period < awaiting.length; period++) {
                awaiting[period] -= parts[i][period];
            }
        }
        parts[OUTCOMES.length] = awaiting;
        List<List<Cell>> table = figures.partsOfWhole(List.of(OUTCOME_LABELS), periods, parts);
        List<Cell> published = table.get(parts.length);
        add("referrals", "Referrals", "Referrals", COUNT, published);
        for (int i = 0; i < parts.length; i++) {
            String id = i < OUTCOMES.length ? "outcome_" + OUTCOMES[i].name().toLowerCase(java.util.Locale.ROOT) : "awaiting_decision";
            add(id, "Outcomes", OUTCOME_LABELS[i], COUNT, table.get(i));
        }
        List<Cell> nfaRate = new ArrayList<>();
        for (int period = 0; period < periods.size(); period++) {
            // Decided = referrals - awaiting, so it may be shown wherever both of those are.
            Cell all = published.get(period);
            Cell undecided = table.get(OUTCOMES.length).get(period);
            Cell decidedCell = all.hasValue() && undecided.hasValue()
                    ? Cell.of(all.value().subtract(undecided.value())) : Cell.symbol(StatSymbol.SUPPRESSED);
            nfaRate.add(figures.percentage(table.get(0).get(period), decidedCell));
        }
        add("no_further_action_share", "Outcomes", "No further action, share of decided referrals", PERCENT,
                nfaRate);
        return published;
    }

    private void networks(NetworkSeries networks) {
        List<Cell> found = figures.counts(networks.networks());
        add("networks", "Networks", "Networks identified (by first seen)", COUNT, found);
        List<Cell> suspects = new ArrayList<>();
        List<Cell> children = new ArrayList<>();
        for (int period = 0; period < periods.size(); period++) {
            suspects.add(figures.mean(found.get(period), networks.networks()[period], networks.suspects()[period]));
            children.add(figures.mean(found.get(period), networks.networks()[period], networks.children()[period]));
        }
        add("suspects_per_network", "Networks", "Suspects per network", MEAN, suspects);
        add("children_per_network", "Networks", "Children per network", MEAN, children);
    }

    private List<Cell> rates(List<Cell> published) {
        List<Cell> rates = new ArrayList<>();
        for (int period = 0; period < periods.size(); period++) {
            rates.add(figures.ratePerChildren(published.get(period), childrenInPeriod.apply(period)));
        }
        return rates;
    }

    private void add(String id, String section, String label, String unit, List<Cell> values) {
        measures.add(new MeasureView(id, section, label, unit, List.copyOf(values)));
    }
}
