package uk.lantern.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and access settings.
 *
 * @param lockoutThreshold failed sign-ins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param minimumPasswordLength NCSC guidance favours length over complexity rules
 * @param signInTokenLifetime how long a token from {@code POST /api/v1/auth/token} lasts
 * @param personalTokenMaxLifetime the longest a named personal token may last
 * @param breakGlassDuration how long break-glass access lasts before it must be taken again
 * @param failedSignInsPerAddress failed sign-ins from one client address, whatever the usernames, after which that
 *                                address is refused until its window ends
 * @param failedSignInsPerAddressWindow the window, counted from an address's first failed sign-in in it
 */
@ConfigurationProperties("lantern.identity")
public record IdentityProperties(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("12") int minimumPasswordLength,
        @DefaultValue("8h") Duration signInTokenLifetime,
        @DefaultValue("90d") Duration personalTokenMaxLifetime,
        @DefaultValue("4h") Duration breakGlassDuration,
        @DefaultValue("20") int failedSignInsPerAddress,
        @DefaultValue("15m") Duration failedSignInsPerAddressWindow) {
}
