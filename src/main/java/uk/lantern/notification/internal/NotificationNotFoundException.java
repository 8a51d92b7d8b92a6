package uk.lantern.notification.internal;

import java.util.NoSuchElementException;

/** The user has no notification with that id; whether it exists for someone else is not revealed. */
class NotificationNotFoundException extends NoSuchElementException {

    NotificationNotFoundException() {
        super("No such notification");
    }
}
