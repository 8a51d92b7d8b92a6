package uk.lantern.notification.internal;

/** A way of delivering email: SMTP or GOV.UK Notify. */
interface EmailChannel {

    /** What the outbox records as the channel that sent a message: {@code SMTP} or {@code GOV_UK_NOTIFY}. */
    String name();

    /**
     * Hands the message to the delivery service.
     *
     * @return the service's own reference for the message, or null if it gives none
     * @throws EmailDeliveryException when the service did not accept it
     */
    String send(EmailMessage message);
}
