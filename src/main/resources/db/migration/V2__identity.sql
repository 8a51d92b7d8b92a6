CREATE TABLE agency (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    agency_type text        NOT NULL,
    area_code   text        NOT NULL CHECK (area_code ~ '^[EWSN][0-9]{8}$'),
    created_at  timestamptz NOT NULL
);

CREATE TABLE app_user (
    id                  uuid        PRIMARY KEY,
    username            text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name        text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    email               text        CHECK (length(email) <= 254),
    password_hash       text        NOT NULL,
    agency_id           uuid        NOT NULL REFERENCES agency (id),
    roles               text[]      NOT NULL CHECK (cardinality(roles) >= 1),
    enabled             boolean     NOT NULL DEFAULT true,
    failed_sign_ins     integer     NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    created_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL
);
CREATE INDEX app_user_agency ON app_user (agency_id);

-- API tokens are stored only as SHA-256 digests; the token itself is shown once, when it is created.
CREATE TABLE api_token (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    kind       text        NOT NULL CHECK (kind IN ('SIGN_IN', 'PERSONAL')),
    token_hash char(64)    NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_token_user ON api_token (user_id, created_at);

-- Access to a record outside a user's normal scope: a grant given by someone else, or break-glass access the
-- user took with a stated reason. Both expire; break-glass access is reported to managers.
CREATE TABLE access_grant (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES app_user (id),
    record_type text        NOT NULL,
    record_id   text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('GRANT', 'BREAK_GLASS')),
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
    granted_by  uuid        NOT NULL REFERENCES app_user (id),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX access_grant_user_record ON access_grant (user_id, record_type, record_id);
CREATE INDEX access_grant_created ON access_grant (kind, created_at);
