-- Notifications. The application role gets SELECT, INSERT and UPDATE through the default privileges set in V1, and
-- never DELETE: notifications and outbox messages are kept, like every other record.

-- What a Lantern user sees in the app. Read notifications are marked, not removed.
CREATE TABLE in_app_notification (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    subject    text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body       text        NOT NULL CHECK (length(body) <= 10000),
    link       text        CHECK (length(link) <= 2000 AND (link = '/' OR link ~ '^/[^/\\]')),
    reference  text        CHECK (length(reference) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL,
    read_at    timestamptz
);
CREATE INDEX in_app_notification_inbox ON in_app_notification (user_id, created_at DESC);
CREATE INDEX in_app_notification_unread ON in_app_notification (user_id) WHERE read_at IS NULL;

-- The outbox: each email is written here in the transaction that caused it, and a dispatcher sends it afterwards.
-- A message for a Lantern user has the same id as the user's in-app notification, so one id follows a notice
-- through the ledger from queued to sent. The subject and body are the email exactly as it is sent; the link is
-- stored as a path and made absolute when it is sent, so a corrected base URL applies to messages still waiting.
CREATE TABLE notification_outbox (
    id                 uuid        PRIMARY KEY,
    user_id            uuid        REFERENCES app_user (id),
    recipient_email    text        NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 254),
    subject            text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body               text        NOT NULL CHECK (length(body) <= 12000),
    link               text        CHECK (length(link) <= 2000 AND (link = '/' OR link ~ '^/[^/\\]')),
    reference          text        CHECK (length(reference) BETWEEN 1 AND 100),
    channel            text        NOT NULL CHECK (channel IN ('EMAIL')),
    status             text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at    timestamptz NOT NULL,
    last_error         text        CHECK (length(last_error) <= 1000),
    created_at         timestamptz NOT NULL,
    sent_at            timestamptz,
    -- Which delivery service accepted it (SMTP or GOV_UK_NOTIFY), and that service's own id for it, if any.
    sent_via           text        CHECK (sent_via IN ('SMTP', 'GOV_UK_NOTIFY')),
    provider_reference text        CHECK (length(provider_reference) <= 200),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL AND sent_via IS NOT NULL))
);
-- The dispatcher's query: pending messages that are due, oldest first.
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_outbox_user ON notification_outbox (user_id, created_at) WHERE user_id IS NOT NULL;
