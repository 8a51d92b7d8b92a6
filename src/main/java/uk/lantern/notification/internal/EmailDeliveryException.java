package uk.lantern.notification.internal;

/** The delivery service did not accept a message; the outbox tries again later. */
class EmailDeliveryException extends RuntimeException {

    EmailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
