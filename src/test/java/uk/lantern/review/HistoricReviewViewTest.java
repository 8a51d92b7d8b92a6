package uk.lantern.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistoricReviewViewTest {

    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID SISTER = UUID.randomUUID();

    @Test
    void theQueueNamesReportsAndCountsEpisodesInterviewsAndMatches() {
        List<HistoricReviewView.Reason> reasons = new ArrayList<>();
        reasons.add(reason(CHILD, "intel_report:1", "INT-2026-000001"));
        // One report linking both children of the referral is one report.
        reasons.add(reason(SISTER, "intel_report:1", "INT-2026-000001"));
        reasons.add(reason(CHILD, "intel_report:2", "INT-2026-000002"));
        for (int episode = 1; episode <= 7; episode++) {
            reasons.add(reason(CHILD, "missing_episode:" + episode, "Missing episode reported 2026-04-0" + episode));
        }
        reasons.add(reason(CHILD, "return_interview:1", "Return home interview reported 2026-04-02"));
        reasons.add(reason(CHILD, "identity:a", "Records found to be one person (resolved together in a batch run)"));
        reasons.add(reason(CHILD, "identity:b", "Records found to be one person (resolved together in a batch run)"));
        reasons.add(reason(CHILD, "referral:1", "CSE referral LAN-2026-000007"));

        assertThat(view(reasons).newInformationInBrief()).containsExactly(
                "Intelligence reports INT-2026-000001, INT-2026-000002",
                "7 missing episodes",
                "Return home interview reported 2026-04-02",
                "2 matches between records",
                "CSE referral LAN-2026-000007");
    }

    @Test
    void aSingleReportIsNamedAlone() {
        assertThat(view(List.of(reason(CHILD, "intel_report:9", "INT-2026-000009"))).newInformationInBrief())
                .containsExactly("Intelligence report INT-2026-000009");
    }

    @Test
    void aReasonIsSeenAgainWhenALaterRecordReachedTheChildTheSameWay() {
        Instant found = Instant.parse("2026-11-01T09:00:00Z");
        assertThat(new HistoricReviewView.Reason(CHILD, "A child", "intel_report:1", "INT-2026-000001", List.of(),
                found, found, "INT-2026-000001").seenAgain()).isFalse();
        assertThat(new HistoricReviewView.Reason(CHILD, "A child", "intel_report:1", "INT-2026-000001", List.of(),
                found, found.plusSeconds(60), "INT-2026-000002").seenAgain()).isTrue();
    }

    private static HistoricReviewView.Reason reason(UUID child, String source, String label) {
        return new HistoricReviewView.Reason(child, "A child", source, label, List.of(), Instant.EPOCH, Instant.EPOCH,
                label);
    }

    private static HistoricReviewView view(List<HistoricReviewView.Reason> reasons) {
        return new HistoricReviewView(new ReviewId(UUID.randomUUID()), UUID.randomUUID(), "LAN-2026-000001",
                "E08000005", Instant.EPOCH, ReviewStatus.QUEUED, Instant.EPOCH, reasons, null, null, null);
    }
}
