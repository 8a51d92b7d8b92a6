package uk.lantern.notification;

import java.util.List;
import java.util.UUID;

import uk.lantern.identity.UserId;

/**
 * Tells people what has happened. Notices are queued in the caller's transaction and appended to the ledger there,
 * so they are sent if and only if the change that caused them commits. Emails go out from an outbox afterwards and
 * are retried until they are delivered or have failed too often.
 */
public interface Notifications {

    /**
     * Queues a notice for a Lantern user: shown in-app at once, and emailed if they have an email address. Call it
     * inside the transaction that makes the change: if that rolls back, nothing is sent. Disabled accounts get the
     * in-app notice but no email.
     *
     * @throws uk.lantern.identity.InvalidInputException naming the field when the notice is not valid, or naming
     *     {@code recipient} when there is no such user; it leaves the caller's transaction usable
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    void notifyUser(UserId recipient, Notice notice);

    /**
     * Queues an email to someone outside Lantern, such as a referrer from another system. Call it inside the
     * transaction that makes the change.
     *
     * @throws uk.lantern.identity.InvalidInputException naming {@code email} when the address is not valid, or the
     *     notice's field when the notice is not valid
     */
    void notifyEmail(String emailAddress, Notice notice);

    /** The user's in-app notifications, newest first, at most {@code limit} (1 to 500) of them. */
    List<InAppNotificationView> inbox(UserId user, int limit);

    long unreadCount(UserId user);

    /**
     * Marks one of the user's notifications read. Marking a read notification again changes nothing.
     *
     * @throws java.util.NoSuchElementException when the user has no notification with that id, including when it
     *     belongs to someone else
     */
    void markRead(UserId user, UUID notificationId);
}
