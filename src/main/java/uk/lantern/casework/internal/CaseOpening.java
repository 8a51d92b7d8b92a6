package uk.lantern.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

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

/**
 * Opens a case when a referral is decided for assessment or a strategy discussion, in the deciding transaction, and
 * starts the assessment clock: 45 working days from the referral.
 */
@Component
class CaseOpening {

    private static final LedgerActor OPENER = LedgerActor.system("case-opening");

    private final CaseRepository cases;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final TimescaleProperties timescales;
    private final Ledger ledger;
    private final Clock clock;

    CaseOpening(CaseRepository cases, Deadlines deadlines, WorkingDayCalendar calendar, TimescaleProperties timescales,
                Ledger ledger, Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.timescales = timescales;
        this.ledger = ledger;
        this.clock = clock;
    }

    @EventListener
    void onReferralDecided(ReferralDecided decided) {
        if (!decided.outcome().opensCase()) {
            return;
        }
        Instant now = clock.instant();
        CaseId id = new CaseId(java.util.UUID.randomUUID());
        String reference = cases.nextReference(now);
        cases.insert(id, reference, decided.referralId(), decided.areaCode(), decided.owningAgency(), now,
                decided.children());
        Instant assessmentDue = calendar.addWorkingDays(decided.receivedAt(), timescales.assessmentWorkingDays());
        cases.insertAssessment(id, assessmentDue);
        ledger.append(new LedgerRecord(OPENER, "CASE_OPENED", CaseAccess.RECORD_TYPE, id.toString(),
                Map.of("reference", reference, "referral", decided.reference(), "decision", decided.outcome().name())));
        deadlines.start(OPENER, new NewDeadline(DeadlineKind.ASSESSMENT, CaseAccess.RECORD_TYPE, id.toString(),
                reference, decided.owningAgency(), now, assessmentDue, "/cases/" + id));
    }
}
