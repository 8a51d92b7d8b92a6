package uk.lantern.notification;

import java.time.Instant;
import java.util.UUID;

/** One in-app notification as its recipient sees it. {@code readAt} is null while it is unread. */
public record InAppNotificationView(UUID id, String subject, String body, String link, String reference,
                                    Instant createdAt, Instant readAt) {
}
