package uk.lantern.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.notification.NotificationProperties;

/**
 * Sends the outbox's due messages. Each message is claimed, sent and recorded in its own transaction, so a failure
 * affects only that message, and the row lock taken by the claim keeps any other dispatcher, here or in another
 * instance, from sending it at the same time. Delivery is at least once: if the database fails after the delivery
 * service has accepted a message, the message is sent again on a later pass.
 *
 * <p>Public so that integration tests anywhere in Lantern can run a pass with {@link #dispatchDue()} instead of
 * waiting for the schedule.
 */
@Component
public class OutboxDispatcher {

    /** Bounds one pass, so a long backlog leaves room for the application's other scheduled work. */
    static final int MAX_MESSAGES_PER_PASS = 100;
    static final int MAX_LEDGER_ERROR_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final LedgerActor DISPATCHER = LedgerActor.system("notification-outbox");

    /** What one pass did. */
    public record PassResult(int sent, int retrying, int failed) {
        static final PassResult NOTHING = new PassResult(0, 0, 0);

        public int attempted() {
            return sent + retrying + failed;
        }
    }

    private enum Outcome { NONE_DUE, SENT, RETRYING, FAILED }

    private final OutboxRepository outbox;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final Clock clock;
    private final String baseUrl;
    private final RetrySchedule retrySchedule;
    private final Optional<EmailChannel> channel;

    OutboxDispatcher(OutboxRepository outbox, TransactionTemplate transaction, Ledger ledger, Clock clock,
                     NotificationProperties properties, Optional<EmailChannel> channel) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.ledger = ledger;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
        this.retrySchedule = new RetrySchedule(properties.maxAttempts());
        this.channel = channel;
    }

    /** True when an email channel is configured; without one, messages wait in the outbox. */
    public boolean hasChannel() {
        return channel.isPresent();
    }

    /**
     * Sends the messages that are due now, one transaction each, until none is left, one is not accepted, or
     * {@value #MAX_MESSAGES_PER_PASS} have been sent.
     */
    public PassResult dispatchDue() {
        if (channel.isEmpty()) {
            return PassResult.NOTHING;
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int i = 0; i < MAX_MESSAGES_PER_PASS; i++) {
            Outcome outcome = transaction.execute(status -> dispatchNext(channel.get()));
            if (outcome == null || outcome == Outcome.NONE_DUE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
                continue;
            }
            if (outcome == Outcome.RETRYING) {
                retrying++;
            } else {
                failed++;
            }
            // A failure usually means the service is unreachable; rather than wait on every message in turn, leave
            // the rest to the next pass.
            break;
        }
        return new PassResult(sent, retrying, failed);
    }

    private Outcome dispatchNext(EmailChannel via) {
        Optional<OutboxMessage> claimed = outbox.claimNextDue(clock.instant());
        if (claimed.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        OutboxMessage message = claimed.get();
        int attempt = message.attempts() + 1;
        String providerReference;
        try {
            providerReference = via.send(new EmailMessage(message.id(), message.recipientEmail(), message.subject(),
                    message.body(), EmailComposer.absoluteLink(baseUrl, message.link())));
        } catch (RuntimeException failure) {
            return recordFailure(message, attempt, failure);
        }
        outbox.markSent(message.id(), clock.instant(), via.name(), providerReference);
        Map<String, Object> payload = payload(message, attempt);
        payload.put("channel", via.name());
        if (providerReference != null) {
            payload.put("providerReference", providerReference);
        }
        ledger.append(new LedgerRecord(DISPATCHER, NotificationLedger.SENT, NotificationLedger.SUBJECT_TYPE,
                message.id().toString(), payload));
        return Outcome.SENT;
    }

    private Outcome recordFailure(OutboxMessage message, int attempt, RuntimeException failure) {
        String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Map<String, Object> payload = payload(message, attempt);
        payload.put("error", error.length() <= MAX_LEDGER_ERROR_LENGTH ? error
                : error.substring(0, MAX_LEDGER_ERROR_LENGTH));
        Optional<Duration> delay = retrySchedule.delayAfter(attempt);
        if (delay.isPresent()) {
            Instant nextAttemptAt = clock.instant().plus(delay.get());
            outbox.scheduleRetry(message.id(), nextAttemptAt, error);
            payload.put("nextAttemptAt", nextAttemptAt.toString());
            ledger.append(new LedgerRecord(DISPATCHER, NotificationLedger.RETRY_SCHEDULED,
                    NotificationLedger.SUBJECT_TYPE, message.id().toString(), payload));
            log.warn("Notification {} not delivered (attempt {}), trying again at {}: {}", message.id(), attempt,
                    nextAttemptAt, error);
            return Outcome.RETRYING;
        }
        outbox.markFailed(message.id(), error);
        ledger.append(new LedgerRecord(DISPATCHER, NotificationLedger.FAILED, NotificationLedger.SUBJECT_TYPE,
                message.id().toString(), payload));
        log.error("Notification {} not delivered after {} attempts; giving up: {}", message.id(), attempt, error);
        return Outcome.FAILED;
    }

    private static Map<String, Object> payload(OutboxMessage message, int attempt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("recipientKind", message.recipientKind());
        payload.put("attempts", attempt);
        return payload;
    }
}
