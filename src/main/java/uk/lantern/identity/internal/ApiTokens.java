package uk.lantern.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.IdentityProperties;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.UserId;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

/**
 * Bearer tokens for API clients. A token is 32 random bytes shown once; only its SHA-256 digest is stored, which is
 * enough for a secret of that strength and keeps each API call to one indexed lookup.
 */
@Service
class ApiTokens {

    static final String PREFIX = "lnt_";
    private static final Pattern WELL_FORMED = Pattern.compile("lnt_[A-Za-z0-9_-]{43}");
    static final int MAX_NAME_LENGTH = 80;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Ledger ledger;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, Ledger ledger, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    record IssuedToken(UUID id, String token, String name, Instant expiresAt) {
    }

    record TokenView(UUID id, String name, String kind, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** Why a presented token was not accepted; the API says which, without revealing anything about the user. */
    enum Rejection { MALFORMED, UNKNOWN, EXPIRED, REVOKED, ACCOUNT_UNAVAILABLE }

    sealed interface Authentication permits Accepted, Rejected {
    }

    record Accepted(SignInAccount account) implements Authentication {
    }

    record Rejected(Rejection reason) implements Authentication {
    }

    @Transactional
    IssuedToken issueSignInToken(SignInAccount account) {
        return issue(account, "Sign-in token", "SIGN_IN", properties.signInTokenLifetime());
    }

    @Transactional
    IssuedToken issuePersonalToken(SignInAccount account, String name, Integer daysValid) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name for the token, such as the tool that will use it");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "Token name must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        long maxDays = properties.personalTokenMaxLifetime().toDays();
        if (daysValid == null || daysValid < 1 || daysValid > maxDays) {
            throw new InvalidInputException("daysValid", "Days valid must be a whole number from 1 to " + maxDays);
        }
        return issue(account, trimmed, "PERSONAL", Duration.ofDays(daysValid));
    }

    private IssuedToken issue(SignInAccount account, String name, String kind, Duration lifetime) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("INSERT INTO api_token (id, user_id, name, kind, token_hash, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, account.actor().userId().value(), name, kind, digest(token), DirectoryRepository.utc(now),
                        DirectoryRepository.utc(expiresAt))
                .update();
        ledger.append(new LedgerRecord(account, "API_TOKEN_ISSUED", "USER", account.actor().userId().toString(),
                Map.of("tokenId", id.toString(), "name", name, "kind", kind, "expiresAt", expiresAt.toString())));
        return new IssuedToken(id, token, name, expiresAt);
    }

    @Transactional
    void revoke(SignInAccount account, UUID tokenId) {
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(DirectoryRepository.utc(clock.instant()), tokenId, account.actor().userId().value())
                .update();
        if (revoked == 0) {
            throw new InvalidInputException("tokenId", "No active token with this id belongs to you");
        }
        ledger.append(new LedgerRecord(account, "API_TOKEN_REVOKED", "USER", account.actor().userId().toString(),
                Map.of("tokenId", tokenId.toString())));
    }

    /** Why every token of a user was revoked at once. */
    enum RevocationReason { PASSWORD_CHANGED, ACCOUNT_DISABLED }

    /** Revokes every token of the user still in force, recording each revocation with its reason. */
    @Transactional
    void revokeAllOf(LedgerActor by, UserId user, RevocationReason reason) {
        Instant now = clock.instant();
        List<UUID> revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? "
                        + "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? RETURNING id")
                .params(DirectoryRepository.utc(now), user.value(), DirectoryRepository.utc(now))
                .query(UUID.class).list();
        for (UUID tokenId : revoked) {
            ledger.append(new LedgerRecord(by, "API_TOKEN_REVOKED", "USER", user.toString(),
                    Map.of("tokenId", tokenId.toString(), "reason", reason.name())));
        }
    }

    List<TokenView> tokensOf(UserId user) {
        return jdbc.sql("SELECT id, name, kind, created_at, expires_at, revoked_at FROM api_token "
                        + "WHERE user_id = ? ORDER BY created_at DESC")
                .param(user.value())
                .query((row, n) -> new TokenView(row.getObject("id", UUID.class), row.getString("name"),
                        row.getString("kind"), DirectoryRepository.instant(row, "created_at"),
                        DirectoryRepository.instant(row, "expires_at"), DirectoryRepository.instant(row, "revoked_at")))
                .list();
    }

    private record StoredToken(UserId userId, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    Authentication authenticate(String presented) {
        if (presented == null || !WELL_FORMED.matcher(presented).matches()) {
            return new Rejected(Rejection.MALFORMED);
        }
        Optional<StoredToken> stored = jdbc.sql(
                        "SELECT user_id, created_at, expires_at, revoked_at FROM api_token WHERE token_hash = ?")
                .param(digest(presented))
                .query((row, n) -> new StoredToken(new UserId(row.getObject("user_id", UUID.class)),
                        DirectoryRepository.instant(row, "created_at"), DirectoryRepository.instant(row, "expires_at"),
                        DirectoryRepository.instant(row, "revoked_at")))
                .optional();
        if (stored.isEmpty()) {
            return new Rejected(Rejection.UNKNOWN);
        }
        if (stored.get().revokedAt() != null) {
            return new Rejected(Rejection.REVOKED);
        }
        if (!stored.get().expiresAt().isAfter(clock.instant())) {
            return new Rejected(Rejection.EXPIRED);
        }
        Optional<SignInAccount> account = accounts.byId(stored.get().userId())
                .map(found -> found.signedInAt(stored.get().createdAt()));
        if (account.isEmpty() || !account.get().isEnabled() || !account.get().isAccountNonLocked()) {
            return new Rejected(Rejection.ACCOUNT_UNAVAILABLE);
        }
        // A password change or a disable revokes the tokens it finds; one issued while that change was committing
        // escaped it, and is refused here because it began before the change.
        return account.get().mayContinue() ? new Accepted(account.get()) : new Rejected(Rejection.REVOKED);
    }

    static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
