package uk.lantern.referral.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.lantern.deadline.WorkingDayCalendar;
import uk.lantern.identity.Directory;
import uk.lantern.identity.Role;
import uk.lantern.notification.Notice;
import uk.lantern.notification.Notifications;
import uk.lantern.referral.DecisionOutcome;

/**
 * Tells people about a referral: the referrer of each decision and of the outcome (in Lantern, or by email when
 * they referred from another system), managers of a decision awaiting sign-off, and the front door of an
 * immediate-risk referral. Messages name the referral by its reference, never the child.
 */
@Component
class ReferralNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(WorkingDayCalendar.UK);

    private final Notifications notifications;
    private final Directory directory;

    ReferralNotices(Notifications notifications, Directory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    void decided(StoredReferral referral, DecisionOutcome outcome, String reasons) {
        toReferrer(referral, new Notice("Decision on referral " + referral.reference(),
                referral.owningAgencyName() + " has decided your referral " + referral.reference() + ": "
                        + outcome.label() + ".\n\nReasons: " + reasons, link(referral), referral.reference()));
    }

    void outcome(StoredReferral referral, String outcome) {
        toReferrer(referral, new Notice("Outcome of referral " + referral.reference(),
                "The case that came from your referral " + referral.reference() + " has closed. Outcome: " + outcome
                        + ".", link(referral), referral.reference()));
    }

    void awaitingSignOff(StoredReferral referral) {
        directory.usersWithRole(referral.owningAgency(), Role.MANAGER).forEach(manager ->
                notifications.notifyUser(manager.id(), new Notice("Sign-off needed: " + referral.reference(),
                        "No further action is proposed on referral " + referral.reference()
                                + ", a child sexual exploitation concern. It needs a manager's sign-off.",
                        link(referral), referral.reference())));
    }

    void received(StoredReferral referral) {
        directory.usersWithRole(referral.owningAgency(), Role.TRIAGE).forEach(triage ->
                notifications.notifyUser(triage.id(), new Notice("Immediate-risk referral " + referral.reference(),
                        "A referral marked immediate risk arrived at " + WHEN.format(referral.receivedAt())
                                + ". Decision due by " + WHEN.format(referral.decisionDueAt()) + ".",
                        link(referral), referral.reference())));
    }

    private void toReferrer(StoredReferral referral, Notice notice) {
        if (referral.referrerUser() != null) {
            notifications.notifyUser(referral.referrerUser(), notice);
        } else if (referral.referrerEmail() != null) {
            notifications.notifyEmail(referral.referrerEmail(), new Notice(notice.subject(), notice.body(), null,
                    notice.reference()));
        }
    }

    private static String link(StoredReferral referral) {
        return "/referrals/" + referral.id();
    }
}
