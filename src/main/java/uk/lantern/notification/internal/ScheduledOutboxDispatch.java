package uk.lantern.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.lantern.runtime.RunMode;

/**
 * Runs the outbox dispatcher every {@code lantern.notification.dispatch-interval}, when serving and when an email
 * channel is configured. Commands never send: they are short-lived and may run beside a server.
 */
@Component
class ScheduledOutboxDispatch {

    private static final Logger log = LoggerFactory.getLogger(ScheduledOutboxDispatch.class);

    private final OutboxDispatcher dispatcher;
    private final boolean enabled;

    ScheduledOutboxDispatch(OutboxDispatcher dispatcher, RunMode runMode) {
        this.dispatcher = dispatcher;
        this.enabled = dispatcher.hasChannel() && !runMode.commandLine();
        if (!dispatcher.hasChannel() && !runMode.commandLine()) {
            log.warn("No email channel is configured (spring.mail.host, or lantern.notification.notify.api-key and "
                    + "lantern.notification.notify.email-template-id): emails wait in the outbox until one is");
        }
    }

    @Scheduled(fixedDelayString = "${lantern.notification.dispatch-interval:5s}",
            initialDelayString = "${lantern.notification.dispatch-interval:5s}")
    void dispatch() {
        if (!enabled) {
            return;
        }
        try {
            OutboxDispatcher.PassResult result = dispatcher.dispatchDue();
            if (result.attempted() > 0) {
                log.info("Notification outbox: {} sent, {} to retry, {} failed", result.sent(), result.retrying(),
                        result.failed());
            }
        } catch (RuntimeException failure) {
            // The next pass tries again: every message is still in the outbox.
            log.error("Notification outbox pass stopped", failure);
        }
    }
}
