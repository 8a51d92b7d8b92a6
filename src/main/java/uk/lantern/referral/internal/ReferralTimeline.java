package uk.lantern.referral.internal;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.TimelineEntry;

/**
 * A referral's status timeline, built from its ledger entries so that what the referrer sees is exactly what was
 * recorded. Reads of the record are left out: who looked at a referral is for auditors, not the timeline.
 */
@Component
class ReferralTimeline {

    private final Ledger ledger;

    ReferralTimeline(Ledger ledger) {
        this.ledger = ledger;
    }

    List<TimelineEntry> of(ReferralId id) {
        return ledger.entriesAbout(ReferralAccess.RECORD_TYPE, id.toString()).stream()
                .map(ReferralTimeline::label)
                .filter(Objects::nonNull)
                .toList();
    }

    private static TimelineEntry label(LedgerEntryView entry) {
        String label = switch (entry.action()) {
            case "REFERRAL_RECEIVED" -> "Referral received by the front door";
            case "REFERRAL_DECIDED" -> "Decision made";
            case "REFERRAL_DECISION_AWAITING_SIGN_OFF" -> "No further action proposed: awaiting a manager's sign-off";
            case "REFERRAL_NFA_SIGNED_OFF" -> "Manager signed off the decision";
            case "REFERRAL_NFA_REPLACED" -> "Manager replaced the decision";
            case "REFERRAL_OUTCOME_RECORDED" -> "Case closed and outcome recorded";
            case "DEADLINE_ESCALATED" -> entry.payload().contains("\"level\":2")
                    ? "Escalated to the head of service" : "Escalated to the team's managers";
            default -> null;
        };
        return label == null ? null : new TimelineEntry(entry.recordedAt(), label, entry.sequence(), entry.leafHash());
    }
}
