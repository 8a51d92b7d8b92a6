package uk.lantern.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Notification settings. Email goes by GOV.UK Notify when {@code notify.api-key} and {@code notify.email-template-id}
 * are set, otherwise by SMTP when {@code spring.mail.host} is set; with neither, emails wait in the outbox.
 *
 * @param fromAddress the sender of SMTP emails (GOV.UK Notify uses the service's own sender)
 * @param dispatchInterval the pause between outbox passes
 * @param maxAttempts delivery attempts before a message is marked FAILED
 * @param baseUrl Lantern's address as people reach it, for the links in emails, such as https://lantern.example.org
 * @param govukNotify the GOV.UK Notify service, under {@code lantern.notification.notify} ({@code notify} itself cannot
 *     name a record component: it is a method of every Java object)
 */
@ConfigurationProperties("lantern.notification")
public record NotificationProperties(
        @DefaultValue("lantern@localhost") String fromAddress,
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @Name("notify") @DefaultValue Notify govukNotify) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("lantern.notification.max-attempts must be at least 1");
        }
        if (dispatchInterval.isNegative() || dispatchInterval.isZero()) {
            throw new IllegalArgumentException("lantern.notification.dispatch-interval must be positive");
        }
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("lantern.notification.base-url must be an http or https address, "
                    + "such as https://lantern.example.org");
        }
    }

    /**
     * @param apiKey the service's API key, as GOV.UK Notify issues it
     * @param emailTemplateId an email template whose subject is {@code ((subject))} and whose body holds
     *     {@code ((body))} and {@code ((link))}
     * @param baseUrl the Notify API's address
     */
    public record Notify(String apiKey, String emailTemplateId,
                         @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank() && emailTemplateId != null && !emailTemplateId.isBlank();
        }

        @Override
        public String toString() {
            // Keeps the API key out of logs and error messages.
            return "Notify[emailTemplateId=" + emailTemplateId + ", baseUrl=" + baseUrl + ", apiKey="
                    + (apiKey == null || apiKey.isBlank() ? "unset" : "set") + "]";
        }
    }
}
