package uk.lantern.casework.internal;

import java.time.Clock;
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
        String reason = "Repeat missing: " + detected.episodes() + " episodes in " + detected.window().toDays()
                + " days";
        boolean flagged = false;
        for (CaseRepository.StoredCase stored : cases.withChild(detected.child())) {
            if (stored.status() == CaseStatus.OPEN) {
                cases.flagForReview(stored.id(), reason, clock.instant());
                ledger.append(new LedgerRecord(REVIEWER, "CASE_FLAGGED_FOR_REVIEW", CaseAccess.RECORD_TYPE,
                        stored.id().toString(), Map.of("reason", reason,
                                "episode", detected.latestEpisode().toString())));
                flagged = true;
                if (stored.assignedWorker() != null) {
                    notifications.notifyUser(stored.assignedWorker(), new Notice("Case " + stored.reference()
                            + " flagged for review", reason + ". Review the child's safety plan.",
                            "/cases/" + stored.id(), stored.reference()));
                }
            }
        }
        if (!flagged) {
            // No open case: the flag stays on the child's record, where the front door sees it on the next referral.
            ledger.append(new LedgerRecord(REVIEWER, "CHILD_FLAGGED_REPEAT_MISSING", "CHILD",
                    detected.child().toString(), Map.of("reason", reason,
                            "episode", detected.latestEpisode().toString())));
        }
    }
}
