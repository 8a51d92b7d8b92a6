package uk.lantern.notification.internal;

import java.util.UUID;

/**
 * A pending outbox message as the dispatcher claims it.
 *
 * @param userId the Lantern user it is for, or null for an address outside Lantern
 * @param link a path inside Lantern, or null
 * @param attempts delivery attempts made before this one
 */
record OutboxMessage(UUID id, UUID userId, String recipientEmail, String subject, String body, String link,
                     int attempts) {

    String recipientKind() {
        return userId == null ? NotificationService.EMAIL_RECIPIENT : NotificationService.USER_RECIPIENT;
    }
}
