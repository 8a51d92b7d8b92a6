package uk.lantern.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.lantern.casework.CaseId;
import uk.lantern.deadline.DeadlineKind;
import uk.lantern.deadline.Deadlines;
import uk.lantern.deadline.NewDeadline;
import uk.lantern.deadline.TimescaleProperties;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.referral.ReferralDecided;
import uk.lantern.referral.ReferralsDecided;

/**
 * Opens a case when a referral is decided for assessment or a strategy discussion, in the deciding transaction, and
 * starts the assessment clock: 45 working days from the referral. The case opens when the decision was made, which
 * for a decision imported from another system is its own time, not the import's.
 */
@Component
class CaseOpening {

    private static final LedgerActor OPENER = LedgerActor.system("case-opening");

    private final CaseRepository cases;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleProperties timescales;
    private final Ledger ledger;

    CaseOpening(CaseRepository cases, Deadlines deadlines, WorkingDayCalendar calendar, TimescaleProperties timescales,
                Ledger ledger) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.ledger = ledger;
    }

    @EventListener
    void onReferralsDecided(ReferralsDecided decided) {
        List<ReferralDecided> opening = decided.decisions().stream().filter(decision -> decision.outcome().opensCase())
                .toList();
        if (opening.isEmpty()) {
            return;
        }
        List<Long> numbers = cases.nextCaseNumbers(opening.size());
        List<CaseRepository.NewCaseRow> rows = new ArrayList<>(opening.size());
        for (int i = 0; i < opening.size(); i++) {
            ReferralDecided decision = opening.get(i);
            Instant opened = decision.decidedAt();
            rows.add(new CaseRepository.NewCaseRow(new CaseId(UUID.randomUUID()),
                    CaseRepository.reference(opened, numbers.get(i)), decision.referralId(), decision.areaCode(),
                    decision.owningAgency(), opened, decision.children(),
                    calendar.addWorkingDays(decision.receivedAt(), timescales.assessmentWorkingDays())));
        }
        cases.insertAll(rows);
        List<LedgerRecord> entries = new ArrayList<>(rows.size());
        List<NewDeadline> clocks = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CaseRepository.NewCaseRow row = rows.get(i);
            entries.add(new LedgerRecord(OPENER, "CASE_OPENED", CaseAccess.RECORD_TYPE, row.id().toString(),
                    Map.of("reference", row.reference(), "referral", opening.get(i).reference(),
                            "decision", opening.get(i).outcome().name())));
            clocks.add(new NewDeadline(DeadlineKind.ASSESSMENT, CaseAccess.RECORD_TYPE, row.id().toString(),
                    row.reference(), row.owningAgency(), row.openedAt(), row.assessmentDue(), "/cases/" + row.id()));
        }
        ledger.appendAll(entries);
        deadlines.startAll(OPENER, clocks);
    }
}
