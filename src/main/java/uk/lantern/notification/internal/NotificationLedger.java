package uk.lantern.notification.internal;

/** How notifications appear in the ledger: one subject per notice, followed from queued to sent or failed. */
final class NotificationLedger {

    static final String SUBJECT_TYPE = "NOTIFICATION";
    static final String QUEUED = "NOTIFICATION_QUEUED";
    static final String READ = "NOTIFICATION_READ";
    static final String SENT = "NOTIFICATION_SENT";
    static final String RETRY_SCHEDULED = "NOTIFICATION_RETRY_SCHEDULED";
    static final String FAILED = "NOTIFICATION_FAILED";

    private NotificationLedger() {
    }
}
