-- Imports: which source records have been brought in, so that importing the same file again changes nothing.
CREATE TABLE import_run (
    id          uuid        PRIMARY KEY,
    file_name   text        NOT NULL,
    format      text        NOT NULL,
    actor       text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    status      text        NOT NULL CHECK (status IN ('COMMITTED', 'REJECTED')),
    accepted    integer     NOT NULL DEFAULT 0,
    unchanged   integer     NOT NULL DEFAULT 0,
    rejected    integer     NOT NULL DEFAULT 0
);

CREATE TABLE import_record (
    record_type   text        NOT NULL,
    source_system text        NOT NULL,
    source_id     text        NOT NULL,
    lantern_id    uuid        NOT NULL,
    content_hash  char(64)    NOT NULL,
    import_run_id uuid        NOT NULL REFERENCES import_run (id),
    imported_at   timestamptz NOT NULL,
    PRIMARY KEY (record_type, source_system, source_id)
);
