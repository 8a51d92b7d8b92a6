package uk.lantern.identity.internal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import uk.lantern.identity.IdentityProperties;
import uk.lantern.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final int LIMIT = 3;

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(new IdentityProperties(5, Duration.ofMinutes(15), 12,
            Duration.ofHours(8), Duration.ofDays(90), Duration.ofHours(4), LIMIT, Duration.ofMinutes(15)), clock);

    private void useUpAttempts(String address) {
        for (int attempt = 1; attempt <= LIMIT; attempt++) {
            assertThat(throttle.tryAttempt(address)).as("attempt %d", attempt).isEmpty();
        }
    }

    private void signedInFrom(String address) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of());
        authentication.setDetails(new WebAuthenticationDetails(address, null));
        throttle.onSuccess(new AuthenticationSuccessEvent(authentication));
    }

    @Test
    void refusesAnAddressThatHasUsedItsAttemptsUntilTheWindowFromItsFirstEnds() {
        useUpAttempts("198.51.100.1");
        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.tryAttempt("198.51.100.1")).hasValueSatisfying(wait -> assertThat(wait)
                .isBetween(Duration.ofMinutes(10).minusSeconds(5), Duration.ofMinutes(10)));
        assertThat(throttle.tryAttempt("198.51.100.2")).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.tryAttempt("198.51.100.1")).isEmpty();
    }

    @Test
    void aSuccessfulSignInGivesItsPlaceBack() {
        useUpAttempts("198.51.100.3");
        signedInFrom("198.51.100.3");

        assertThat(throttle.tryAttempt("198.51.100.3")).isEmpty();
        assertThat(throttle.tryAttempt("198.51.100.3")).isPresent();
    }

    @Test
    void countsAnIpv6ClientByItsSlash64() {
        useUpAttempts("2001:db8:1:2::1");

        assertThat(throttle.tryAttempt("2001:db8:1:2:ffff:ffff:ffff:ffff")).isPresent();
        assertThat(throttle.tryAttempt("2001:db8:1:3::1")).isEmpty();
        assertThat(SignInThrottle.clientKey("2001:0db8:0001:0002:0000:0000:0000:0001"))
                .isEqualTo(SignInThrottle.clientKey("2001:db8:1:2::9"));
        assertThat(SignInThrottle.clientKey("192.0.2.10")).isEqualTo("192.0.2.10");
    }
}
