package uk.lantern.casework.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseStatus;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.notification.Notice;
import uk.lantern.notification.Notifications;
import uk.lantern.missing.RepeatMissingDetected;
import uk.lantern.people.ChildId;

/** Flags a child's open cases for review when the child goes missing repeatedly, in the recording transaction. */
@Component
class RepeatMissingReview {

    private static final LedgerActor REVIEWER = LedgerActor.system("repeat-missing");

    private final CaseRepository cases;
    private final Ledger ledger;
    private final Notifications notifications;
    private final Clock clock;

    RepeatMissingReview(CaseRepository cases, Ledger ledger, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    @EventListener
    void onRepeatMissing(RepeatMissingDetected detected) {
        Map<ChildId, List<CaseRepository.StoredCase>> openCases = new HashMap<>();
        for (CaseRepository.StoredCase stored : cases.withAnyChild(detected.detections().stream()
                .map(RepeatMissingDetected.Detection::child).distinct().toList())) {
            if (stored.status() == CaseStatus.OPEN) {
                stored.children().forEach(child -> openCases.computeIfAbsent(child, any -> new ArrayList<>())
                        .add(stored));
            }
        }
        List<CaseRepository.ReviewFlag> flags = new ArrayList<>();
        List<LedgerRecord> entries = new ArrayList<>();
        for (RepeatMissingDetected.Detection detection : detected.detections()) {
            String reason = "Repeat missing: " + detection.episodes() + " episodes in "
                    + detection.window().toDays() + " days";
            Map<String, Object> payload = Map.of("reason", reason, "episode", detection.latestEpisode().toString());
            List<CaseRepository.StoredCase> open = openCases.getOrDefault(detection.child(), List.of());
            for (CaseRepository.StoredCase stored : open) {
                flags.add(new CaseRepository.ReviewFlag(stored.id(), reason));
                entries.add(new LedgerRecord(REVIEWER, "CASE_FLAGGED_FOR_REVIEW", CaseAccess.RECORD_TYPE,
                        stored.id().toString(), payload));
                if (stored.assignedWorker() != null) {
                    notifications.notifyUser(stored.assignedWorker(), new Notice("Case " + stored.reference()
                            + " flagged for review", reason + ". Review the child's safety plan.",
                            "/cases/" + stored.id(), stored.reference()));
                }
            }
            if (open.isEmpty()) {
                // No open case: the flag stays on the child's record, where the front door sees it on the next
                // referral.
                entries.add(new LedgerRecord(REVIEWER, "CHILD_FLAGGED_REPEAT_MISSING", "CHILD",
                        detection.child().toString(), payload));
            }
        }
        cases.flagForReview(flags, clock.instant());
        ledger.appendAll(entries);
    }
}
