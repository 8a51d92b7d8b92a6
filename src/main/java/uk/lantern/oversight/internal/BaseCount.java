package uk.lantern.oversight.internal;

/**
 * A count kept in one of the summaries (see V15__oversight.sql). Monthly summaries add up into quarters and years;
 * counts of distinct children are summarised for each period length on its own and are read as they are.
 */
enum BaseCount {
    REFERRALS(Summary.REFERRALS, "referrals"),
    CSE_REFERRALS(Summary.REFERRALS, "cse_referrals"),
    DECISIONS_DUE(Summary.REFERRALS, "decisions_due"),
    DECISIONS_ON_TIME(Summary.REFERRALS, "decisions_on_time"),
    NO_FURTHER_ACTION(Summary.REFERRALS, "no_further_action"),
    INFORMATION_AND_ADVICE(Summary.REFERRALS, "information_and_advice"),
    EARLY_HELP(Summary.REFERRALS, "early_help"),
    ASSESSMENT(Summary.REFERRALS, "assessment"),
    STRATEGY_DISCUSSION(Summary.REFERRALS, "strategy_discussion"),
    RE_REFERRALS(Summary.REFERRALS, "re_referrals"),
    ASSESSMENTS(Summary.ASSESSMENTS, "assessments"),
    CSE_ASSESSMENTS(Summary.ASSESSMENTS, "cse_assessments"),
    MISSING_EPISODES(Summary.MISSING, "episodes"),
    CHILDREN_MISSING(Summary.MISSING, "children_missing"),
    CHILDREN_MISSING_REPEATEDLY(Summary.MISSING, "children_missing_repeatedly"),
    INTERVIEWS_DUE(Summary.MISSING, "interviews_due"),
    INTERVIEWS_ON_TIME(Summary.MISSING, "interviews_on_time");

    /** A materialised summary and how its periods are keyed. */
    enum Summary {
        REFERRALS("oversight_referral_month", true),
        ASSESSMENTS("oversight_assessment_month", true),
        MISSING("oversight_missing_period", false);

        final String view;
        final boolean monthly;

        Summary(String view, boolean monthly) {
            this.view = view;
            this.monthly = monthly;
        }
    }

    final Summary summary;
    final String column;

    BaseCount(Summary summary, String column) {
        this.summary = summary;
        this.column = column;
    }
}
