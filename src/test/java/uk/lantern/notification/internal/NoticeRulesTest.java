package uk.lantern.notification.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.InvalidInputException.FieldError;
import uk.lantern.notification.Notice;
import uk.lantern.notification.internal.NoticeRules.ValidNotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NoticeRulesTest {

    @Test
    void aGoodNoticeIsTrimmedAndEmptyOptionalPartsBecomeNull() {
        ValidNotice valid = NoticeRules.validate(new Notice("  Referral received ", "\nThank you.\n", " ", ""));
        assertThat(valid).isEqualTo(new ValidNotice("Referral received", "Thank you.", null, null));
    }

    @Test
    void theBodyMayBeMissingButNotTooLong() {
        assertThat(NoticeRules.validate(new Notice("Subject", null, null, null)).body()).isEmpty();
        assertThat(NoticeRules.validate(new Notice("Subject", "b".repeat(10_000), null, null)).body()).hasSize(10_000);
        assertThat(fieldsIn(new Notice("Subject", "b".repeat(10_001), null, null))).containsExactly("body");
    }

    @Test
    void theSubjectIsOneLineOfOneTo200Characters() {
        assertThat(NoticeRules.validate(new Notice("s".repeat(200), "", null, null)).subject()).hasSize(200);
        assertThat(errorsIn(new Notice("s".repeat(201), "", null, null)))
                .containsExactly(new FieldError("subject", "Subject must be 200 characters or fewer"));
        assertThat(errorsIn(new Notice("   ", "", null, null)))
                .containsExactly(new FieldError("subject", "Enter a subject"));
        assertThat(fieldsIn(new Notice(null, "", null, null))).containsExactly("subject");
        assertThat(fieldsIn(new Notice("Two\nlines", "", null, null))).containsExactly("subject");
        assertThat(fieldsIn(null)).containsExactly("subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/referrals/123", "/referrals/123?tab=timeline#decision"})
    void linksArePathsInsideLantern(String link) {
        assertThat(NoticeRules.validate(new Notice("Subject", "", link, null)).link()).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "//example.org/x", "/\\example.org", "referrals/1",
            "javascript:alert(1)", "/with space"})
    void linksElsewhereAreRefused(String link) {
        assertThat(errorsIn(new Notice("Subject", "", link, null))).containsExactly(
                new FieldError("link", "Link must be a path inside Lantern, like /referrals/123"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(fieldsIn(new Notice("", "b".repeat(10_001), "http://x", "r".repeat(101))))
                .containsExactly("subject", "body", "link", "reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example.org", "first.last+tag@sub.example.co.uk"})
    void plainEmailAddressesAreAccepted(String address) {
        assertThat(NoticeRules.validEmail(" " + address + " ")).isEqualTo(address);
        assertThat(NoticeRules.isValidEmail(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign.example.org", "name@localhost", "two@at@example.org",
            "a@example.org, b@example.org", "Name <name@example.org>", "name@exa mple.org",
            "name@example.org\r\nBcc: x@y.z"})
    void anythingElseIsABadEmailAddress(String address) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> NoticeRules.validEmail(address));
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("email");
        assertThat(NoticeRules.isValidEmail(address)).isFalse();
    }

    @Test
    void aMissingOrOverlongEmailAddressSaysSo() {
        assertThatThrownBy(() -> NoticeRules.validEmail(null)).hasMessage("email: Enter an email address");
        assertThatThrownBy(() -> NoticeRules.validEmail("a".repeat(250) + "@example.org"))
                .hasMessage("email: Email address must be 254 characters or fewer");
    }

    private static java.util.List<FieldError> errorsIn(Notice notice) {
        return catchThrowableOfType(InvalidInputException.class, () -> NoticeRules.validate(notice)).errors();
    }

    private static java.util.List<String> fieldsIn(Notice notice) {
        return errorsIn(notice).stream().map(FieldError::field).toList();
    }
}
