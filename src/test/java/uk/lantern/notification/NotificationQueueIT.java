package uk.lantern.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.NewUser;
import uk.lantern.identity.UserChanges;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Queuing notices in the caller's transaction: the in-app row, the outbox row and the ledger entry commit or roll back
 * together.
 */
class NotificationQueueIT extends IntegrationTestBase {

    private static final String HEALTH_TRUST = "Rochdale Health Trust (demo)";

    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transaction;

    private UserView userWithEmail() {
        String username = unique("notified.");
        return administration.createUser(LedgerActor.system("test"), new NewUser(username, "Test User",
                username + "@example.org", agency(HEALTH_TRUST).id().toString(), List.of("REFERRER"),
                STRONG_PASSWORD));
    }

    private void inTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    private Map<String, Object> outboxRow(UUID id) {
        return jdbc.sql("SELECT * FROM notification_outbox WHERE id = ?").param(id).query().singleRow();
    }

    private long outboxRowsFor(UserId user) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE user_id = ?").param(user.value())
                .query(Long.class).single();
    }

    @Test
    void aNoticeForAUserIsShownInAppQueuedForEmailAndLedgeredInTheSameTransaction() {
        UserView user = userWithEmail();
        inTransaction(() -> notifications.notifyUser(user.id(), new Notice("Referral received",
                "Your referral has reached the front door team.", "/referrals/123", "LNT-000123")));

        List<InAppNotificationView> inbox = notifications.inbox(user.id(), 10);
        assertThat(inbox).hasSize(1);
        InAppNotificationView shown = inbox.get(0);
        assertThat(shown.subject()).isEqualTo("Referral received");
        assertThat(shown.body()).isEqualTo("Your referral has reached the front door team.");
        assertThat(shown.link()).isEqualTo("/referrals/123");
        assertThat(shown.reference()).isEqualTo("LNT-000123");
        assertThat(shown.readAt()).isNull();
        assertThat(notifications.unreadCount(user.id())).isEqualTo(1);

        Map<String, Object> email = outboxRow(shown.id());
        assertThat(email).containsEntry("recipient_email", user.email()).containsEntry("status", "PENDING")
                .containsEntry("channel", "EMAIL").containsEntry("attempts", 0)
                .containsEntry("user_id", user.id().value()).containsEntry("link", "/referrals/123")
                .containsEntry("subject", "Lantern notification about LNT-000123");
        assertThat((String) email.get("body")).startsWith("Referral received\n\nYour referral has reached");

        LedgerEntryView entry = lastEntry("NOTIFICATION", shown.id().toString(), "NOTIFICATION_QUEUED");
        assertThat(json(entry.payload()).get("subject").asString()).isEqualTo("Referral received");
        assertThat(json(entry.payload()).get("recipientKind").asString()).isEqualTo("USER");
        assertThat(json(entry.payload()).get("recipient").asString()).isEqualTo(user.id().toString());
        assertThat(json(entry.payload()).get("reference").asString()).isEqualTo("LNT-000123");
        assertThat(json(entry.payload()).get("emailQueued").asBoolean()).isTrue();
        assertThat(entry.payload()).doesNotContain("front door team");
        assertThat(entry.actor()).isEqualTo("system:notification");
    }

    @Test
    void aRolledBackTransactionLeavesNoNoticeNoEmailAndNoLedgerEntry() {
        UserView user = userWithEmail();
        transaction.executeWithoutResult(status -> {
            notifications.notifyUser(user.id(), new Notice("Never sent", "Rolled back", null, null));
            status.setRollbackOnly();
        });
        assertThat(notifications.inbox(user.id(), 10)).isEmpty();
        assertThat(outboxRowsFor(user.id())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE action = 'NOTIFICATION_QUEUED' AND payload LIKE ?")
                .param("%" + user.id() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void usersWithoutAnEmailAddressOrWithADisabledAccountAreToldInAppOnly() {
        UserView noEmail = newUser(HEALTH_TRUST, "REFERRER");
        UserView disabled = userWithEmail();
        administration.updateUser(LedgerActor.system("test"), disabled.id(), new UserChanges(disabled.displayName(),
                disabled.email(), disabled.agencyId().toString(), List.of("REFERRER"), false, false));
        inTransaction(() -> {
            notifications.notifyUser(noEmail.id(), new Notice("In-app only", "", null, null));
            notifications.notifyUser(disabled.id(), new Notice("In-app only", "", null, null));
        });
        for (UserView user : List.of(noEmail, disabled)) {
            assertThat(notifications.unreadCount(user.id())).isEqualTo(1);
            assertThat(outboxRowsFor(user.id())).isZero();
            UUID id = notifications.inbox(user.id(), 1).get(0).id();
            assertThat(json(lastEntry("NOTIFICATION", id.toString(), "NOTIFICATION_QUEUED").payload())
                    .get("emailQueued").asBoolean()).isFalse();
        }
    }

    @Test
    void anEmailToSomeoneOutsideLanternIsQueuedWithTheSignedInActorInTheLedger() {
        String address = unique("referrer.") + "@school.example.org";
        inTransaction(() -> notifications.notifyEmail(address, new Notice("Referral received", "Thank you",
                "/referrals/77", "LNT-000077")));
        Map<String, Object> email = jdbc.sql("SELECT * FROM notification_outbox WHERE recipient_email = ?")
                .param(address).query().singleRow();
        assertThat(email).containsEntry("status", "PENDING").containsEntry("user_id", null);
        LedgerEntryView entry = lastEntry("NOTIFICATION", email.get("id").toString(), "NOTIFICATION_QUEUED");
        assertThat(json(entry.payload()).get("recipientKind").asString()).isEqualTo("EMAIL");
        assertThat(json(entry.payload()).get("recipient").asString()).isEqualTo(address);
        assertThat(entry.payload()).doesNotContain("Thank you");
    }

    @Test
    void aBadEmailAddressIsNamedAndLeavesTheCallersTransactionUsable() {
        UserView user = userWithEmail();
        inTransaction(() -> {
            notifications.notifyUser(user.id(), new Notice("Kept", "", null, null));
            InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                    () -> notifications.notifyEmail("not an address", new Notice("Lost", "", null, null)));
            assertThat(invalid.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("email");
        });
        assertThat(notifications.inbox(user.id(), 10)).extracting(InAppNotificationView::subject)
                .containsExactly("Kept");
    }

    @Test
    void badNoticesAndUnknownUsersAreRefusedWithTheFieldNamed() {
        UserView user = userWithEmail();
        assertThatThrownBy(() -> inTransaction(() -> notifications.notifyUser(user.id(),
                new Notice("s".repeat(201), "", null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("subject:");
        assertThatThrownBy(() -> inTransaction(() -> notifications.notifyUser(user.id(),
                new Notice("Subject", "b".repeat(10_001), null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("body:");
        assertThatThrownBy(() -> inTransaction(() -> notifications.notifyUser(new UserId(UUID.randomUUID()),
                new Notice("Subject", "", null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("recipient:");
        assertThat(notifications.inbox(user.id(), 10)).isEmpty();
    }

    @Test
    void queuingOutsideATransactionIsAProgrammingError() {
        UserView user = userWithEmail();
        assertThatThrownBy(() -> notifications.notifyUser(user.id(), new Notice("Subject", "", null, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> notifications.notifyEmail("someone@example.org", new Notice("Subject", "", null,
                null))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(notifications.inbox(user.id(), 10)).isEmpty();
    }

    @Test
    void theInboxIsNewestFirstAndMarkingReadIsLedgeredOnce() {
        UserView user = userWithEmail();
        inTransaction(() -> notifications.notifyUser(user.id(), new Notice("First", "", null, null)));
        clock.advance(Duration.ofMinutes(1));
        inTransaction(() -> notifications.notifyUser(user.id(), new Notice("Second", "", null, null)));

        List<InAppNotificationView> inbox = notifications.inbox(user.id(), 10);
        assertThat(inbox).extracting(InAppNotificationView::subject).containsExactly("Second", "First");
        assertThat(notifications.inbox(user.id(), 1)).extracting(InAppNotificationView::subject)
                .containsExactly("Second");
        UUID first = inbox.get(1).id();

        notifications.markRead(user.id(), first);
        notifications.markRead(user.id(), first);
        assertThat(notifications.unreadCount(user.id())).isEqualTo(1);
        assertThat(notifications.inbox(user.id(), 10).get(1).readAt()).isNotNull();
        assertThat(ledger.entriesAbout("NOTIFICATION", first.toString())).extracting(LedgerEntryView::action)
                .containsExactly("NOTIFICATION_QUEUED", "NOTIFICATION_READ");
    }

    @Test
    void nobodyCanMarkAnotherUsersNotificationRead() {
        UserView owner = userWithEmail();
        UserView other = userWithEmail();
        inTransaction(() -> notifications.notifyUser(owner.id(), new Notice("Mine", "", null, null)));
        UUID id = notifications.inbox(owner.id(), 1).get(0).id();
        assertThatThrownBy(() -> notifications.markRead(other.id(), id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> notifications.markRead(owner.id(), UUID.randomUUID()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(notifications.unreadCount(owner.id())).isEqualTo(1);
    }
}
