package uk.lantern.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.lantern.casework.Attendee;
import uk.lantern.casework.CaseId;
import uk.lantern.casework.CaseNotes;
import uk.lantern.casework.CasePlans;
import uk.lantern.casework.CaseView;
import uk.lantern.casework.Cases;
import uk.lantern.casework.NewCaseNote;
import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.Actor;
import uk.lantern.missing.EpisodeId;
import uk.lantern.missing.MissingEpisodes;
import uk.lantern.missing.NewEpisode;
import uk.lantern.people.ChildId;
import uk.lantern.people.ChildInput;
import uk.lantern.referral.NewDecision;
import uk.lantern.referral.NewReferral;
import uk.lantern.referral.ReferralId;
import uk.lantern.referral.ReferralReceipt;
import uk.lantern.referral.Referrals;

/**
 * A case worked through the services as the demo users work one, at whatever time the test clock says: `referrer`
 * raises a CSE concern about a child (in Rochdale, or in Oldham), the area's front door decides it for a strategy
 * discussion, which opens the case; in Rochdale `manager` assigns it to `socialworker`, in Oldham `manager.oldham`
 * works it. The worker records a strategy discussion with notes, completes the assessment with a summary and adds an
 * action. {@link #recordMissingEpisode} and {@link #close} add more.
 */
public final class WorkedCase {

    public static final String ROCHDALE = "E08000005";
    public static final String OLDHAM = "E08000004";

    public static final String STRATEGY_NOTES = "Agreed a safety plan with the school and the police.";
    public static final String ASSESSMENT_SUMMARY = "Evidence of grooming by older adults; the child is at risk.";
    public static final String ACTION = "Safety planning visit with the child and her carer";
    public static final String VISIT = "Saw her alone in her room; she spoke about the man with the taxi.";
    public static final String VISITED = "The child and her carer at Willow House";
    public static final String PLAN = "School escorts her to the bus each day; her carer checks in at nine.";

    private final IntegrationTestBase test;
    private final Cases cases;
    private final Actor worker;
    public final ReferralId referralId;
    public final String referralReference;
    public final ChildId childId;
    public final CaseId caseId;
    public final String reference;
    public final UUID actionId;
    public final String firstName;
    public final String surname;

    public WorkedCase(IntegrationTestBase test, String areaCode, String firstName, String surname) {
        this.test = test;
        this.firstName = firstName;
        this.surname = surname;
        this.cases = test.applicationContext.getBean(Cases.class);
        Referrals referrals = test.applicationContext.getBean(Referrals.class);
        boolean rochdale = ROCHDALE.equals(areaCode);
        LocalDate today = today();
        ReferralReceipt receipt = referrals.submit(test.actorOf("referrer"), new NewReferral(
                List.of(ChildInput.minimal(firstName, surname, today.minusYears(13).toString(), areaCode)),
                "She has been seen getting into cars with older men after school.", true, List.of(), "URGENT",
                null, "01706 000000"));
        referralId = receipt.id();
        referralReference = receipt.reference();
        childId = referrals.read(test.actorOf(rochdale ? "triage" : "triage.oldham"), referralId, "Triage").children()
                .get(0).id();
        referrals.decide(test.actorOf(rochdale ? "triage" : "triage.oldham"), referralId,
                new NewDecision("STRATEGY_DISCUSSION", "Exploitation risk: older adults, cars after school."));
        caseId = test.jdbc.sql("SELECT id FROM child_case WHERE referral_id = ?").param(referralId.value())
                .query(UUID.class).optional().map(CaseId::new).orElseThrow();
        if (rochdale) {
            cases.assign(test.actorOf("manager"), caseId, test.directory.userNamed("socialworker").orElseThrow().id());
            worker = test.actorOf("socialworker");
        } else {
            worker = test.actorOf("manager.oldham");
        }
        cases.recordStrategyDiscussion(worker, caseId, today, "CHILD_IN_NEED_ASSESSMENT", STRATEGY_NOTES, List.of(
                new Attendee("Sam Socialworker", "Children's Social Care (demo)", null),
                new Attendee("Ivy Investigator", "Greater Manchester Police (demo)", null)));
        cases.completeAssessment(worker, caseId, ASSESSMENT_SUMMARY, List.of("11A", "10A"));
        CaseView withAction = cases.addAction(worker, caseId, ACTION, worker.userId(), today.plusDays(7), null);
        actionId = withAction.actions().get(0).id();
        reference = withAction.reference();
    }

    /** A missing episode for the child, reported by `triage` an hour ago, with the child back since. */
    public EpisodeId recordMissingEpisode() {
        Instant now = test.clock.instant();
        return test.applicationContext.getBean(MissingEpisodes.class).record(test.actorOf("triage"), childId,
                new NewEpisode(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(4)), null,
                        now.minus(Duration.ofMinutes(30)), null, null, List.of())).id();
    }

    /** The worker records a visit today, and a safety plan started and ended today. */
    public void recordVisitAndEndedPlan() {
        LocalDate today = today();
        test.applicationContext.getBean(CaseNotes.class).record(worker, caseId,
                new NewCaseNote("VISIT", today, VISITED, true, VISIT));
        CasePlans plans = test.applicationContext.getBean(CasePlans.class);
        UUID plan = plans.start(worker, caseId, "SAFETY", PLAN, today, today).id();
        plans.review(worker, caseId, plan, today, PLAN, today);
        plans.end(worker, caseId, plan, "Risk reduced; " + PLAN);
    }

    /** The worker finishes the action, which the case cannot close without, and closes the case with the summary. */
    public CaseView close(String summary) {
        cases.completeAction(worker, caseId, actionId);
        return cases.close(worker, caseId, "CHILD_PROTECTION_PLAN", summary);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(test.clock.instant(), WorkingDayCalendar.UK);
    }
}
