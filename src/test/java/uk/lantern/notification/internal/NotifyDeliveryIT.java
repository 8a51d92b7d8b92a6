package uk.lantern.notification.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import uk.gov.service.notify.NotificationClient;

import uk.lantern.notification.Notice;
import uk.lantern.notification.NotificationProperties;
import uk.lantern.notification.Notifications;
import uk.lantern.support.IntegrationTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GOV.UK Notify channel against a stand-in for the Notify API on a loopback port, which records what it is sent
 * and answers as Notify does.
 */
class NotifyDeliveryIT extends IntegrationTestBase {

    private static final String SERVICE_ID = UUID.randomUUID().toString();
    private static final String API_KEY = "lantern_test-" + SERVICE_ID + "-" + UUID.randomUUID();
    private static final String TEMPLATE_ID = UUID.randomUUID().toString();
    private static final String NOTIFY_ID = UUID.randomUUID().toString();

    record ReceivedRequest(String method, String path, String authorization, String contentType, String body) {
    }

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

    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);
    private volatile int answerStatus = 201;
    private volatile boolean answerSlowly;
    private HttpServer notifyApi;

    @BeforeEach
    void startNotifyStandIn() throws IOException {
        dispatcher.dispatchDue();
        notifyApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        notifyApi.createContext("/", this::answer);
        notifyApi.start();
    }

    @AfterEach
    void stopNotifyStandIn() {
        releaseSlowAnswers.countDown();
        notifyApi.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            if (answerSlowly) {
                releaseSlowAnswers.await(10, TimeUnit.SECONDS);
            }
            String answer = answerStatus == 201 ? created(JSON.readTree(body)) : """
                    {"status_code": 400, "errors": [{"error": "BadRequestError",
                     "message": "Can't send to this recipient using a team-only API key"}]}""";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answerStatus, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What Notify answers to an accepted email: its own id for the notification, and what it made of it. */
    private String created(JsonNode request) {
        return JSON.writeValueAsString(Map.of(
                "id", NOTIFY_ID,
                "reference", request.get("reference").asString(),
                "uri", "http://127.0.0.1/v2/notifications/" + NOTIFY_ID,
                "content", Map.of("subject", request.get("personalisation").get("subject").asString(),
                        "body", request.get("personalisation").get("body").asString(),
                        "from_email", "lantern@notifications.service.gov.uk"),
                "template", Map.of("id", TEMPLATE_ID, "version", 1,
                        "uri", "http://127.0.0.1/v2/template/" + TEMPLATE_ID)));
    }

    private OutboxDispatcher notifyDispatcher(Duration timeLimit) {
        NotifyEmailChannel channel = new NotifyEmailChannel(new NotificationClient(API_KEY,
                "http://127.0.0.1:" + notifyApi.getAddress().getPort()), TEMPLATE_ID, timeLimit);
        return new OutboxDispatcher(outbox, transaction, ledger, clock, properties, Optional.of(channel));
    }

    private UUID queueEmail(String address, Notice notice) {
        transaction.executeWithoutResult(status -> notifications.notifyEmail(address, notice));
        return jdbc.sql("SELECT id FROM notification_outbox WHERE recipient_email = ?").param(address)
                .query(UUID.class).single();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT * FROM notification_outbox WHERE id = ?").param(id).query().singleRow();
    }

    @Test
    void anEmailIsPostedToNotifyWithTheTemplateAndPersonalisation() {
        String address = unique("referrer.") + "@school.example.org";
        UUID id = queueEmail(address, new Notice("Referral received", "The front door team has it.",
                "/referrals/9", "LNT-000009"));

        assertThat(notifyDispatcher(Duration.ofSeconds(10)).dispatchDue().sent()).isEqualTo(1);

        assertThat(received).hasSize(1);
        ReceivedRequest request = received.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/notifications/email");
        assertThat(request.contentType()).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("template_id").asString()).isEqualTo(TEMPLATE_ID);
        assertThat(body.get("email_address").asString()).isEqualTo(address);
        assertThat(body.get("reference").asString()).isEqualTo(id.toString());
        JsonNode personalisation = body.get("personalisation");
        assertThat(personalisation.propertyNames()).containsExactlyInAnyOrder("subject", "body", "link");
        assertThat(personalisation.get("subject").asString()).isEqualTo("Lantern notification about LNT-000009");
        assertThat(personalisation.get("body").asString())
                .isEqualTo("Referral received\n\nThe front door team has it.");
        assertThat(personalisation.get("link").asString()).isEqualTo("http://localhost:8080/referrals/9");

        // The bearer token is a JWT issued by the service named in the API key.
        assertThat(request.authorization()).startsWith("Bearer ");
        String claims = new String(Base64.getUrlDecoder().decode(request.authorization().split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(JSON.readTree(claims).get("iss").asString()).isEqualTo(SERVICE_ID);

        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("sent_via", "GOV_UK_NOTIFY")
                .containsEntry("provider_reference", NOTIFY_ID);
        var entry = lastEntry("NOTIFICATION", id.toString(), "NOTIFICATION_SENT");
        assertThat(json(entry.payload()).get("channel").asString()).isEqualTo("GOV_UK_NOTIFY");
        assertThat(json(entry.payload()).get("providerReference").asString()).isEqualTo(NOTIFY_ID);
    }

    @Test
    void aNoticeWithoutALinkSendsAnEmptyLink() {
        String address = unique("nolink.") + "@example.org";
        queueEmail(address, new Notice("No link", "", null, null));
        notifyDispatcher(Duration.ofSeconds(10)).dispatchDue();
        assertThat(JSON.readTree(received.get(0).body()).get("personalisation").get("link").asString()).isEmpty();
    }

    @Test
    void aRefusalFromNotifyIsRetriedLaterWithItsReason() {
        answerStatus = 400;
        String address = unique("refused.") + "@example.org";
        UUID id = queueEmail(address, new Notice("Refused", "", null, null));

        assertThat(notifyDispatcher(Duration.ofSeconds(10)).dispatchDue().retrying()).isEqualTo(1);

        Map<String, Object> waiting = row(id);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) waiting.get("last_error")).startsWith("GOV.UK Notify: HTTP 400")
                .contains("team-only API key");
        assertThat(lastEntry("NOTIFICATION", id.toString(), "NOTIFICATION_RETRY_SCHEDULED").payload())
                .contains("HTTP 400");
    }

    @Test
    void aNotifyApiThatDoesNotAnswerIsGivenUpOnForThisAttempt() {
        answerSlowly = true;
        String address = unique("slow.") + "@example.org";
        UUID id = queueEmail(address, new Notice("Slow", "", null, null));

        assertThat(notifyDispatcher(Duration.ofMillis(500)).dispatchDue().retrying()).isEqualTo(1);

        assertThat((String) row(id).get("last_error"))
                .isEqualTo("GOV.UK Notify did not answer within 500 milliseconds");
    }

    @Test
    void callsThatNeverReturnAreCappedInsteadOfPilingUp() {
        answerSlowly = true;
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i <= NotifyEmailChannel.MAX_CALLS_IN_FLIGHT; i++) {
            ids.add(queueEmail(unique("stuck.") + "@example.org", new Notice("Stuck", "", null, null)));
        }
        OutboxDispatcher stuck = notifyDispatcher(Duration.ofMillis(200));
        for (int pass = 0; pass <= NotifyEmailChannel.MAX_CALLS_IN_FLIGHT; pass++) {
            assertThat(stuck.dispatchDue().retrying()).isEqualTo(1);
        }
        assertThat(ids).extracting(id -> (String) row(id).get("last_error")).containsOnlyOnce(
                "GOV.UK Notify has not answered " + NotifyEmailChannel.MAX_CALLS_IN_FLIGHT + " earlier calls");
    }
}
