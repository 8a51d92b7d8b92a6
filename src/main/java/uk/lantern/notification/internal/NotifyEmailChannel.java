package uk.lantern.notification.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;

/**
 * Sends email through GOV.UK Notify, with an email template whose subject is {@code ((subject))} and whose body holds
 * {@code ((body))} and {@code ((link))}. The outbox message's id goes as Notify's reference.
 */
class NotifyEmailChannel implements EmailChannel, AutoCloseable {

    static final String NAME = "GOV_UK_NOTIFY";
    /**
     * The Notify client sets no connection or read timeout, and a call that never returns would hold up every
     * scheduled task in Lantern, so each call runs on its own thread and is abandoned after this long.
     */
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private final NotificationClientApi client;
    private final String templateId;
    private final Duration timeLimit;
    /** Calls that never return keep their thread, so the threads are capped rather than left to pile up. */
    static final int MAX_CALLS_IN_FLIGHT = 4;

    private final ExecutorService calls = new ThreadPoolExecutor(0, MAX_CALLS_IN_FLIGHT, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "gov-uk-notify-call");
                thread.setDaemon(true);
                return thread;
            });

    NotifyEmailChannel(NotificationClientApi client, String templateId) {
        this(client, templateId, TIME_LIMIT);
    }

    NotifyEmailChannel(NotificationClientApi client, String templateId, Duration timeLimit) {
        this.client = client;
        this.templateId = templateId;
        this.timeLimit = timeLimit;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns Notify's id for the notification. */
    @Override
    public String send(EmailMessage message) {
        Map<String, String> personalisation = Map.of("subject", message.subject(), "body", message.body(),
                "link", message.link() == null ? "" : message.link());
        Future<SendEmailResponse> call;
        try {
            call = calls.submit(() -> client.sendEmail(templateId, message.to(), personalisation,
                    message.id().toString()));
        } catch (RejectedExecutionException busy) {
            throw new EmailDeliveryException("GOV.UK Notify has not answered " + MAX_CALLS_IN_FLIGHT
                    + " earlier calls", busy);
        }
        try {
            return call.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS).getNotificationId().toString();
        } catch (TimeoutException slow) {
            call.cancel(true);
            throw new EmailDeliveryException("GOV.UK Notify did not answer within " + (timeLimit.toMillis() % 1000 == 0
                    ? timeLimit.toSeconds() + " seconds" : timeLimit.toMillis() + " milliseconds"), slow);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            String detail = cause instanceof NotificationClientException refused
                    ? "HTTP " + refused.getHttpResult() + ": " + refused.getMessage() : String.valueOf(cause);
            throw new EmailDeliveryException("GOV.UK Notify: " + detail, cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new EmailDeliveryException("Interrupted while sending through GOV.UK Notify", interrupted);
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
