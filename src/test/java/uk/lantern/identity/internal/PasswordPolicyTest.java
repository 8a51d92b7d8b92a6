package uk.lantern.identity.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.lantern.identity.IdentityProperties;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new IdentityProperties(5, Duration.ofMinutes(15), 12,
            Duration.ofHours(8), Duration.ofDays(90), Duration.ofHours(4), 20, Duration.ofMinutes(15)));

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problemWith("marble kettle orchard", "ann")).isEmpty();
    }

    @Test
    void refusesAShortPassword() {
        assertThat(policy.problemWith("kettle", "ann")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at least 12"));
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(policy.problemWith("Password1234", "ann")).hasValueSatisfying(
                problem -> assertThat(problem).contains("too common"));
        assertThat(policy.problemWith("123qweasdzxc", "ann")).hasValueSatisfying(
                problem -> assertThat(problem).contains("too common"));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertThat(policy.problemWith("hello-annabel-2026", "annabel")).hasValueSatisfying(
                problem -> assertThat(problem).contains("username"));
    }

    @Test
    void refusesAPasswordBCryptWouldTruncate() {
        assertThat(policy.problemWith("x".repeat(73), "ann")).hasValueSatisfying(
                problem -> assertThat(problem).contains("72 bytes"));
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(policy.problemWith("", "ann")).hasValue("Enter a password");
        assertThat(policy.problemWith(null, "ann")).hasValue("Enter a password");
    }
}
