package uk.lantern.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import uk.lantern.identity.IdentityProperties;

/**
 * Limits sign-in attempts by client address, whatever usernames they name. The per-account lockout alone lets one
 * address try a common password against every account in turn.
 *
 * <p>Each attempt takes a place in its address's count before the password is checked, so that a burst of parallel
 * attempts cannot all pass before the first failure is counted, and a successful sign-in gives its place back. When
 * the count is full, the address is refused until the window, counted from its first attempt, ends. Counts are kept in
 * memory, for one window: a restart forgets them, which the per-account lockout, kept in the database, does not.
 */
@Component
class SignInThrottle {

    /** Bounds the memory a flood of addresses can take; the oldest are dropped first. */
    private static final int MAX_ADDRESSES_TRACKED = 100_000;

    private final Cache<String, AtomicInteger> attempts;
    private final int limit;
    private final Duration window;

    SignInThrottle(IdentityProperties properties, Clock clock) {
        this.limit = properties.failedSignInsPerAddress();
        this.window = properties.failedSignInsPerAddressWindow();
        // The window follows the application clock, which tests can move.
        this.attempts = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(MAX_ADDRESSES_TRACKED)
                .ticker(() -> nanosOf(clock.instant()))
                .build();
    }

    /**
     * Takes a place for an attempt from the address, or says how long it must wait if its count is full. The count
     * is changed in place, so the window stays counted from the address's first attempt.
     */
    Optional<Duration> tryAttempt(String clientAddress) {
        String key = clientKey(clientAddress);
        AtomicInteger count = attempts.get(key, ignored -> new AtomicInteger());
        if (count.incrementAndGet() <= limit) {
            return Optional.empty();
        }
        count.decrementAndGet();
        Duration age = attempts.policy().expireAfterWrite().flatMap(expiry -> expiry.ageOf(key))
                .orElse(Duration.ZERO);
        Duration remaining = window.minus(age);
        return Optional.of(remaining.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : remaining);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            AtomicInteger count = attempts.getIfPresent(clientKey(details.getRemoteAddress()));
            if (count != null) {
                count.updateAndGet(places -> Math.max(0, places - 1));
            }
        }
    }

    /**
     * The address an attempt is counted against. An IPv6 client usually holds a whole /64 and can use any address in
     * it, so IPv6 addresses are counted by their /64.
     */
    static String clientKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "/64" : address;
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    private static long nanosOf(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }
}
