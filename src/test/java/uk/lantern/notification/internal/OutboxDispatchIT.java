package uk.lantern.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.LedgerEntryView;
import uk.lantern.notification.Notice;
import uk.lantern.notification.NotificationProperties;
import uk.lantern.notification.Notifications;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox dispatcher against the test SMTP server, a closed port and no channel at all. */
class OutboxDispatchIT extends IntegrationTestBase {

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NotificationProperties properties;

    /** Starts each test with nothing due, so that a failing dispatcher below touches only the test's own message. */
    @BeforeEach
    void sendEverythingAlreadyDue() {
        dispatcher.dispatchDue();
    }

    private UUID queueEmail(String address, Notice notice) {
        transaction.executeWithoutResult(status -> notifications.notifyEmail(address, notice));
        return jdbc.sql("SELECT id FROM notification_outbox WHERE recipient_email = ?").param(address)
                .query(UUID.class).single();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT * FROM notification_outbox WHERE id = ?").param(id).query().singleRow();
    }

    private Instant nextAttemptAt(UUID id) {
        return jdbc.sql("SELECT next_attempt_at FROM notification_outbox WHERE id = ?").param(id)
                .query(OffsetDateTime.class).single().toInstant();
    }

    private int attempts(UUID id) {
        return (Integer) row(id).get("attempts");
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> received = new java.util.ArrayList<>();
        for (MimeMessage message : mailServer().getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                received.add(message);
            }
        }
        return received;
    }

    /**
     * Runs passes until this test's message has been tried once more. When the clock moves, other tests' waiting
     * messages may come due too, and a pass ends at the first failure, whichever message that is.
     */
    private void passUntilTried(OutboxDispatcher via, UUID id, int attemptsSoFar) {
        for (int pass = 0; pass < 50 && attempts(id) == attemptsSoFar; pass++) {
            via.dispatchDue();
        }
    }

    private OutboxDispatcher dispatcherWith(Optional<EmailChannel> channel) {
        return new OutboxDispatcher(outbox, transaction, ledger, clock, properties, channel);
    }

    /** An SMTP channel aimed at a loopback port that nothing listens on, so every attempt is refused. */
    private static EmailChannel smtpOnAClosedPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new SmtpEmailChannel(sender, "lantern@localhost");
    }

    @Test
    void aDueMessageIsEmailedWithAnAbsoluteLinkAndRecordedAsSent() throws Exception {
        String address = unique("referrer.") + "@school.example.org";
        UUID id = queueEmail(address, new Notice("Referral received", "The front door team has your referral.",
                "/referrals/123", "LNT-000123"));

        OutboxDispatcher.PassResult result = dispatcher.dispatchDue();

        assertThat(result.sent()).isEqualTo(1);
        List<MimeMessage> received = mailTo(address);
        assertThat(received).hasSize(1);
        MimeMessage email = received.get(0);
        assertThat(email.getSubject()).isEqualTo("Lantern notification about LNT-000123");
        assertThat(email.getFrom()[0].toString()).isEqualTo("lantern@localhost");
        assertThat(((String) email.getContent()).replace("\r\n", "\n")).startsWith("Referral received\n\n")
                .contains("The front door team has your referral.")
                .contains("Open it in Lantern: http://localhost:8080/referrals/123");

        Map<String, Object> sent = row(id);
        assertThat(sent).containsEntry("status", "SENT").containsEntry("attempts", 1).containsEntry("sent_via", "SMTP")
                .containsEntry("provider_reference", email.getMessageID());
        assertThat(sent.get("sent_at")).isNotNull();
        LedgerEntryView entry = lastEntry("NOTIFICATION", id.toString(), "NOTIFICATION_SENT");
        assertThat(entry.actor()).isEqualTo("system:notification-outbox");
        assertThat(json(entry.payload()).get("channel").asString()).isEqualTo("SMTP");

        assertThat(dispatcher.dispatchDue().attempted()).as("a sent message is never sent again").isZero();
        assertThat(mailTo(address)).hasSize(1);
    }

    @Test
    void aRefusedMessageIsRetriedWithGrowingDelaysThenMarkedFailed() throws Exception {
        String address = unique("unlucky.") + "@example.org";
        UUID id = queueEmail(address, new Notice("Decision made", "", null, null));
        OutboxDispatcher failing = dispatcherWith(Optional.of(smtpOnAClosedPort()));

        // Counts are checked on this test's own row: moving the clock may make other tests' messages due as well.
        List<Long> delays = new java.util.ArrayList<>();
        for (int attempt = 1; attempt < 10; attempt++) {
            passUntilTried(failing, id, attempt - 1);
            Map<String, Object> waiting = row(id);
            assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", attempt);
            assertThat((String) waiting.get("last_error")).startsWith("SMTP: ");
            Duration delay = Duration.between(clock.instant(), nextAttemptAt(id));
            delays.add(Math.round(delay.toSeconds() / 60.0));
            failing.dispatchDue();
            assertThat(attempts(id)).as("not tried again before its delay").isEqualTo(attempt);
            clock.advance(delay.plusSeconds(1));
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);

        passUntilTried(failing, id, 9);
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 10)
                .containsEntry("sent_at", null);
        assertThat(ledger.entriesAbout("NOTIFICATION", id.toString())).extracting(LedgerEntryView::action)
                .containsExactly("NOTIFICATION_QUEUED", "NOTIFICATION_RETRY_SCHEDULED",
                        "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_RETRY_SCHEDULED",
                        "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_RETRY_SCHEDULED",
                        "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_RETRY_SCHEDULED", "NOTIFICATION_FAILED");
        assertThat(json(lastEntry("NOTIFICATION", id.toString(), "NOTIFICATION_FAILED").payload())
                .get("attempts").asInt()).isEqualTo(10);

        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(row(id)).as("a failed message is left alone").containsEntry("status", "FAILED")
                .containsEntry("attempts", 10);
        assertThat(mailTo(address)).isEmpty();
    }

    @Test
    void aMessageQueuedWhileNoChannelWorksIsDeliveredByALaterPass() throws Exception {
        String address = unique("patient.") + "@example.org";
        UUID id = queueEmail(address, new Notice("Waiting for a channel", "", "/", null));

        assertThat(dispatcherWith(Optional.empty()).dispatchDue().attempted()).isZero();
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

        assertThat(dispatcherWith(Optional.of(smtpOnAClosedPort())).dispatchDue().retrying()).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(dispatcher.dispatchDue().attempted()).as("waits for its retry time").isZero();

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(mailTo(address)).hasSize(1);
        assertThat((String) mailTo(address).get(0).getContent()).contains("http://localhost:8080/");
    }

    @Test
    void aPassStopsAtTheFirstFailureAndLeavesTheRestForTheNextPass() throws Exception {
        UUID first = queueEmail(unique("first.") + "@example.org", new Notice("First", "", null, null));
        UUID second = queueEmail(unique("second.") + "@example.org", new Notice("Second", "", null, null));

        OutboxDispatcher.PassResult result = dispatcherWith(Optional.of(smtpOnAClosedPort())).dispatchDue();

        assertThat(result.attempted()).isEqualTo(1);
        assertThat(attempts(first) + attempts(second)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue().sent()).as("the untried one goes with the next pass").isEqualTo(1);
    }

    @Test
    void aMessageClaimedByAnotherDispatcherIsSkippedNotSentTwice() throws Exception {
        String address = unique("once.") + "@example.org";
        UUID id = queueEmail(address, new Notice("Only once", "", null, null));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherInstance = new Thread(() -> transaction.executeWithoutResult(status -> {
            assertThat(outbox.claimNextDue(clock.instant())).map(OutboxMessage::id).contains(id);
            claimed.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }), "other-dispatcher");
        otherInstance.start();
        try {
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(dispatcher.dispatchDue().attempted()).isZero();
            assertThat(mailTo(address)).isEmpty();
        } finally {
            release.countDown();
            otherInstance.join(30_000);
        }
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(mailTo(address)).hasSize(1);
    }
}
