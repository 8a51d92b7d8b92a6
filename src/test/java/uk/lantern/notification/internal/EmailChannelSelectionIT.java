package uk.lantern.notification.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.lantern.notification.NotificationProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Which email channel Lantern uses for each combination of settings. */
class EmailChannelSelectionIT {

    private static final String NOTIFY_KEY = "lantern.notification.notify.api-key=lantern_live-" + UUID.randomUUID()
            + "-" + UUID.randomUUID();
    private static final String NOTIFY_TEMPLATE = "lantern.notification.notify.email-template-id=" + UUID.randomUUID();
    private static final String SMTP_HOST = "spring.mail.host=mail.example.org";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class MailSender {
        @Bean
        JavaMailSender javaMailSender() {
            return new JavaMailSenderImpl();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MailSender.class, EmailChannelConfiguration.class);

    @Test
    void withNeitherChannelConfiguredThereIsNoChannel() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmailChannel.class));
    }

    @Test
    void smtpIsUsedWhenOnlyAMailHostIsSet() {
        runner.withPropertyValues(SMTP_HOST).run(context -> assertThat(context.getBean(EmailChannel.class).name())
                .isEqualTo("SMTP"));
    }

    @Test
    void notifyIsUsedWhenItsKeyAndTemplateAreSetAndWinsOverSmtp() {
        runner.withPropertyValues(NOTIFY_KEY, NOTIFY_TEMPLATE).run(context ->
                assertThat(context.getBean(EmailChannel.class).name()).isEqualTo("GOV_UK_NOTIFY"));
        runner.withPropertyValues(NOTIFY_KEY, NOTIFY_TEMPLATE, SMTP_HOST).run(context ->
                assertThat(context.getBean(EmailChannel.class).name()).isEqualTo("GOV_UK_NOTIFY"));
    }

    @Test
    void halfANotifyConfigurationFallsBackToSmtpOrNothing() {
        runner.withPropertyValues(NOTIFY_KEY, SMTP_HOST).run(context ->
                assertThat(context.getBean(EmailChannel.class).name()).isEqualTo("SMTP"));
        runner.withPropertyValues(NOTIFY_TEMPLATE).run(context ->
                assertThat(context).doesNotHaveBean(EmailChannel.class));
    }

    @Test
    void aMalformedNotifyKeyStopsStartupWithoutShowingTheKey() {
        runner.withPropertyValues("lantern.notification.notify.api-key=not-a-real-key-secret123", NOTIFY_TEMPLATE)
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("lantern.notification.notify.api-key is not a GOV.UK Notify API key")
                        .hasMessageNotContaining("secret123"));
    }

    @Test
    void settingsHaveSensibleDefaults() {
        runner.run(context -> {
            NotificationProperties properties = context.getBean(NotificationProperties.class);
            assertThat(properties.fromAddress()).isEqualTo("lantern@localhost");
            assertThat(properties.dispatchInterval()).hasSeconds(5);
            assertThat(properties.maxAttempts()).isEqualTo(10);
            assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(properties.govukNotify().baseUrl()).isEqualTo("https://api.notifications.service.gov.uk");
            assertThat(properties.govukNotify().configured()).isFalse();
        });
    }
}
