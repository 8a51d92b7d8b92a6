package uk.lantern.notification.internal;

import org.junit.jupiter.api.Test;

import uk.lantern.notification.internal.NoticeRules.ValidNotice;

import static org.assertj.core.api.Assertions.assertThat;

class EmailComposerTest {

    private static final ValidNotice NOTICE = new ValidNotice("Decision made on the referral for Child A",
            "The referral was passed to the assessment team.", "/referrals/123", "LNT-2026-000123");

    @Test
    void theSubjectLineCarriesOnlyTheReferenceNeverTheNoticesText() {
        assertThat(EmailComposer.subject(NOTICE)).isEqualTo("Lantern notification about LNT-2026-000123")
                .doesNotContain("Child A");
        assertThat(EmailComposer.subject(new ValidNotice("Child A", "", null, null)))
                .isEqualTo("Lantern notification");
    }

    @Test
    void theBodyOpensWithTheNoticesSubject() {
        assertThat(EmailComposer.body(NOTICE)).isEqualTo("Decision made on the referral for Child A\n\n"
                + "The referral was passed to the assessment team.");
        assertThat(EmailComposer.body(new ValidNotice("Only a subject", "", null, null))).isEqualTo("Only a subject");
    }

    @Test
    void linksBecomeAbsoluteOnTheBaseUrlWithOrWithoutItsTrailingSlash() {
        assertThat(EmailComposer.absoluteLink("https://lantern.example.org", "/referrals/123"))
                .isEqualTo("https://lantern.example.org/referrals/123");
        assertThat(EmailComposer.absoluteLink("https://lantern.example.org/", "/referrals/123"))
                .isEqualTo("https://lantern.example.org/referrals/123");
        assertThat(EmailComposer.absoluteLink("https://example.org/lantern", "/"))
                .isEqualTo("https://example.org/lantern/");
        assertThat(EmailComposer.absoluteLink("https://lantern.example.org", null)).isNull();
    }

    @Test
    void plainTextEmailsEndWithTheLink() {
        EmailMessage message = new EmailMessage(java.util.UUID.randomUUID(), "a@example.org", "Subject", "Body",
                "https://lantern.example.org/referrals/1");
        assertThat(message.textWithLink())
                .isEqualTo("Body\n\nOpen it in Lantern: https://lantern.example.org/referrals/1\n");
        assertThat(new EmailMessage(message.id(), "a@example.org", "Subject", "Body", null).textWithLink())
                .isEqualTo("Body");
    }
}
