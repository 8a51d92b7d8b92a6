package uk.lantern.identity;

import java.time.Instant;
import java.util.UUID;

/** An access grant or a break-glass access, as shown to the user and to managers. */
public record AccessGrantView(UUID id, String kind, String username, String displayName, String agencyName,
                              RecordRef record, String reason, String grantedBy, Instant createdAt,
                              Instant expiresAt, Instant revokedAt) {
}
