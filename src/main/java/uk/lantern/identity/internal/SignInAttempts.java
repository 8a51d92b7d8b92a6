package uk.lantern.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.IdentityProperties;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;

/**
 * Counts failed sign-ins and locks an account after too many in a row, for pages and the token API alike. Each
 * failure, each lock and each successful sign-in is recorded in the ledger.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, Ledger ledger, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    private record CountedFailure(String userId, boolean lockedNow) {
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = DirectoryRepository.normaliseUsername(event.getAuthentication().getName());
        Instant now = clock.instant();
        // One statement counts and locks, so concurrent attempts cannot both slip under the threshold.
        var updated = jdbc.sql("""
                UPDATE app_user
                SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= ? THEN 0 ELSE failed_sign_ins + 1 END,
                    locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END
                WHERE username = ?
                RETURNING id, locked_until = ? AS locked_now""")
                .params(properties.lockoutThreshold(), properties.lockoutThreshold(),
                        DirectoryRepository.utc(now.plus(properties.lockoutDuration())), username,
                        DirectoryRepository.utc(now.plus(properties.lockoutDuration())))
                .query((row, n) -> new CountedFailure(row.getString("id"), row.getBoolean("locked_now")))
                .optional();
        if (updated.isEmpty()) {
            return; // an unknown username: nothing to count, and nothing is recorded against a real person
        }
        String userId = updated.get().userId();
        LedgerActor actor = LedgerActor.system("sign-in");
        ledger.append(new LedgerRecord(actor, "SIGN_IN_FAILED", "USER", userId, Map.of("username", username)));
        if (updated.get().lockedNow()) {
            ledger.append(new LedgerRecord(actor, "USER_LOCKED", "USER", userId, Map.of("username", username,
                    "lockedUntil", now.plus(properties.lockoutDuration()).toString())));
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignInAccount account)) {
            return;
        }
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0 WHERE id = ? AND failed_sign_ins > 0")
                .param(account.actor().userId().value()).update();
        ledger.append(new LedgerRecord(account, "USER_SIGNED_IN", "USER", account.actor().userId().toString(),
                Map.of("username", account.getUsername())));
    }
}
