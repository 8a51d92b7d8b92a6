package uk.lantern.notification.internal;

import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import uk.gov.service.notify.NotificationClient;

import uk.lantern.notification.NotificationProperties;

/**
 * Chooses how email is delivered: GOV.UK Notify when it is configured, otherwise SMTP when spring.mail.host is set,
 * otherwise nothing, and the outbox keeps every email until a channel is configured.
 */
@Configuration(proxyBeanMethods = false)
class EmailChannelConfiguration {

    // name-serviceId-secret, where the last two are UUIDs; the client cuts the key up by position.
    private static final Pattern NOTIFY_API_KEY = Pattern.compile(
            ".+-\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}-\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    @Bean
    @Conditional(NotifyConfigured.class)
    NotifyEmailChannel notifyEmailChannel(NotificationProperties properties) {
        NotificationProperties.Notify notify = properties.govukNotify();
        if (!NOTIFY_API_KEY.matcher(notify.apiKey().strip()).matches()) {
            throw new IllegalStateException("lantern.notification.notify.api-key is not a GOV.UK Notify API key: "
                    + "it should be the key's name followed by two UUIDs, as Notify shows it when it is created");
        }
        // The client appends paths such as /v2/notifications/email to the base URL as it is.
        String baseUrl = notify.baseUrl().strip().replaceAll("/+$", "");
        return new NotifyEmailChannel(new NotificationClient(notify.apiKey().strip(), baseUrl),
                notify.emailTemplateId().strip());
    }

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    @Conditional(NotifyNotConfigured.class)
    SmtpEmailChannel smtpEmailChannel(JavaMailSender sender, NotificationProperties properties) {
        return new SmtpEmailChannel(sender, properties.fromAddress());
    }

    /** Both the API key and the email template id are set. */
    static class NotifyConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            boolean configured = hasText(environment.getProperty("lantern.notification.notify.api-key"))
                    && hasText(environment.getProperty("lantern.notification.notify.email-template-id"));
            return configured ? ConditionOutcome.match("GOV.UK Notify is configured")
                    : ConditionOutcome.noMatch("GOV.UK Notify is not configured");
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }

    static class NotifyNotConfigured extends NoneNestedConditions {
        NotifyNotConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(NotifyConfigured.class)
        static class Notify {
        }
    }
}
