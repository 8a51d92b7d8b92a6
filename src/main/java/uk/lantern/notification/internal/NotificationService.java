package uk.lantern.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.lantern.identity.CurrentActor;
import uk.lantern.identity.Directory;
import uk.lantern.identity.InvalidInputException;
import uk.lantern.identity.UserId;
import uk.lantern.identity.UserView;
import uk.lantern.ledger.Ledger;
import uk.lantern.ledger.LedgerActor;
import uk.lantern.ledger.LedgerRecord;
import uk.lantern.notification.InAppNotificationView;
import uk.lantern.notification.Notice;
import uk.lantern.notification.Notifications;
import uk.lantern.notification.internal.NoticeRules.ValidNotice;

@Service
class NotificationService implements Notifications {

    static final String USER_RECIPIENT = "USER";
    static final String EMAIL_RECIPIENT = "EMAIL";
    static final int MAX_INBOX_LIMIT = 500;
    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final InAppNotificationRepository inApp;
    private final OutboxRepository outbox;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final Ledger ledger;
    private final Clock clock;

    NotificationService(InAppNotificationRepository inApp, OutboxRepository outbox, Directory directory,
                        CurrentActor currentActor, Ledger ledger, Clock clock) {
        this.inApp = inApp;
        this.outbox = outbox;
        this.directory = directory;
        this.currentActor = currentActor;
        this.ledger = ledger;
        this.clock = clock;
    }

    // Bad input is found before anything is written, so it need not spoil the caller's transaction.
    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = InvalidInputException.class)
    public void notifyUser(UserId recipient, Notice notice) {
        ValidNotice valid = NoticeRules.validate(notice);
        UserView user = Optional.ofNullable(recipient).flatMap(directory::user)
                .orElseThrow(() -> new InvalidInputException("recipient", "No such user"));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        inApp.insert(id, user.id(), valid, now);
        boolean emailed = emailable(user);
        if (emailed) {
            outbox.queue(id, user.id().value(), user.email().strip(), EmailComposer.subject(valid),
                    EmailComposer.body(valid), valid.link(), valid.reference(), now);
        }
        Map<String, Object> payload = queuedPayload(valid, USER_RECIPIENT, user.id().toString());
        payload.put("emailQueued", emailed);
        ledger.append(new LedgerRecord(actor(), NotificationLedger.QUEUED, NotificationLedger.SUBJECT_TYPE,
                id.toString(), payload));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = InvalidInputException.class)
    public void notifyEmail(String emailAddress, Notice notice) {
        String email = NoticeRules.validEmail(emailAddress);
        ValidNotice valid = NoticeRules.validate(notice);
        UUID id = UUID.randomUUID();
        outbox.queue(id, null, email, EmailComposer.subject(valid), EmailComposer.body(valid), valid.link(),
                valid.reference(), clock.instant());
        Map<String, Object> payload = queuedPayload(valid, EMAIL_RECIPIENT, email);
        payload.put("emailQueued", true);
        ledger.append(new LedgerRecord(actor(), NotificationLedger.QUEUED, NotificationLedger.SUBJECT_TYPE,
                id.toString(), payload));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InAppNotificationView> inbox(UserId user, int limit) {
        return inApp.inbox(user, Math.max(1, Math.min(limit, MAX_INBOX_LIMIT)));
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(UserId user) {
        return inApp.unreadCount(user);
    }

    @Override
    @Transactional
    public void markRead(UserId user, UUID notificationId) {
        if (user == null || notificationId == null) {
            throw new NotificationNotFoundException();
        }
        if (inApp.markRead(user, notificationId, clock.instant())) {
            ledger.append(new LedgerRecord(actor(), NotificationLedger.READ, NotificationLedger.SUBJECT_TYPE,
                    notificationId.toString(), Map.of("recipient", user.toString())));
        } else if (!inApp.belongsTo(user, notificationId)) {
            throw new NotificationNotFoundException();
        }
    }

    /**
     * Disabled accounts are often people who have left their agency, so their mailbox may no longer be theirs to
     * read; they get the in-app notice only.
     */
    private static boolean emailable(UserView user) {
        if (!user.enabled() || user.email() == null || user.email().isBlank()) {
            return false;
        }
        if (!NoticeRules.isValidEmail(user.email())) {
            log.warn("User {} has an email address that cannot be used; notifying them in the app only",
                    user.username());
            return false;
        }
        return true;
    }

    /** The body is left out: the ledger records that someone was told, and the notice itself says what. */
    private static Map<String, Object> queuedPayload(ValidNotice notice, String recipientKind, String recipient) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("subject", notice.subject());
        payload.put("recipientKind", recipientKind);
        payload.put("recipient", recipient);
        if (notice.reference() != null) {
            payload.put("reference", notice.reference());
        }
        return payload;
    }

    private LedgerActor actor() {
        return currentActor.find().<LedgerActor>map(actor -> actor).orElseGet(() -> LedgerActor.system("notification"));
    }
}
