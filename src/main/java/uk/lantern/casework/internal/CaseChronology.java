package uk.lantern.casework.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.lantern.casework.ChronologyEntry;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerEntryView;

/**
 * A case's chronology of significant events, taken from the ledger and worded as a practitioner would write them
 * ({@link ChronologyWording}): the referral that started it, the children's records, the case and its actions. Reads, and inquiry chronologies produced about the case, are left out: they are
 * for the audit trail, not the chronology.
 */
@Component
class CaseChronology {

    private static final Set<String> NOT_SIGNIFICANT = Set.of("RECORD_READ", "TRIAGE_QUEUE_READ", "DEADLINE_STARTED",
            "INQUIRY_CHRONOLOGY_PRODUCED");

    private final Ledger ledger;

    CaseChronology(Ledger ledger) {
        this.ledger = ledger;
    }

    List<ChronologyEntry> of(CaseRepository.StoredCase stored, List<UUID> actionIds) {
        List<LedgerEntryView> entries = new ArrayList<>();
        entries.addAll(ledger.entriesAbout("REFERRAL", stored.referralId().toString()));
        stored.children().forEach(child -> entries.addAll(ledger.entriesAbout("CHILD", child.toString())));
        entries.addAll(ledger.entriesAbout(CaseAccess.RECORD_TYPE, stored.id().toString()));
        actionIds.forEach(action -> entries.addAll(ledger.entriesAbout("CASE_ACTION", action.toString())));
        // In the order things happened, which for records brought in from other systems is not the order recorded.
        // Each entry is read once, then the lines are sorted by when it happened and, within that, by the ledger.
        return entries.stream()
                .filter(entry -> !NOT_SIGNIFICANT.contains(entry.action()))
                .sorted(Comparator.comparingLong(LedgerEntryView::id))
                .map(entry -> new ChronologyEntry(entry.sequence(), ChronologyWording.happenedAt(entry),
                        entry.actor(), entry.agency(), ChronologyWording.say(entry), entry.payload(),
                        entry.leafHash()))
                .sorted(Comparator.comparing(ChronologyEntry::at))
                .toList();
    }

    /** REFERRAL_DECIDED becomes "Referral decided". */
    static String describe(String action) {
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
