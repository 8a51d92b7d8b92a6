-- Children and other people, as recorded by an agency. The same person recorded by two agencies is two records
-- here; entity resolution links them later. Records are voided with a reason, never deleted.
CREATE TABLE child (
    id                     uuid        PRIMARY KEY,
    first_name             text        NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    surname                text        NOT NULL CHECK (length(surname) BETWEEN 1 AND 100),
    birth_year             integer     CHECK (birth_year BETWEEN 1900 AND 2100),
    birth_month            integer     CHECK (birth_month BETWEEN 1 AND 12),
    birth_day              integer     CHECK (birth_day BETWEEN 1 AND 31),
    birth_date_approximate boolean     NOT NULL DEFAULT false,
    sex                    text        NOT NULL DEFAULT 'NOT_KNOWN',
    ethnicity_status       text        NOT NULL DEFAULT 'NOT_RECORDED'
                                       CHECK (ethnicity_status IN ('RECORDED', 'NOT_STATED', 'NOT_RECORDED')),
    ethnicity_ons2021      text,
    ethnicity_police_self_defined text,
    ethnicity_observed     text,
    nationality            char(2),
    country_of_birth       char(2),
    nhs_number             char(10),
    area_code              text        NOT NULL,
    school                 text        CHECK (length(school) <= 200),
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    voided_at              timestamptz,
    void_reason            text
);
CREATE INDEX child_area ON child (area_code);
CREATE INDEX child_nhs_number ON child (nhs_number) WHERE nhs_number IS NOT NULL;

CREATE TABLE child_alias (
    id         uuid PRIMARY KEY,
    child_id   uuid NOT NULL REFERENCES child (id),
    first_name text CHECK (length(first_name) <= 100),
    surname    text CHECK (length(surname) <= 100)
);
CREATE INDEX child_alias_child ON child_alias (child_id);

CREATE TABLE child_address (
    id        uuid PRIMARY KEY,
    child_id  uuid NOT NULL REFERENCES child (id),
    line1     text NOT NULL CHECK (length(line1) <= 200),
    line2     text CHECK (length(line2) <= 200),
    town      text CHECK (length(town) <= 100),
    postcode  text CHECK (length(postcode) <= 10),
    from_date date,
    to_date   date
);
CREATE INDEX child_address_child ON child_address (child_id);

CREATE TABLE child_placement (
    id             uuid PRIMARY KEY,
    child_id       uuid NOT NULL REFERENCES child (id),
    placement_type text NOT NULL,
    provider_name  text CHECK (length(provider_name) <= 200),
    from_date      date,
    to_date        date
);
CREATE INDEX child_placement_child ON child_placement (child_id);

-- Adults: parents, carers and others recorded with a child's records.
CREATE TABLE person (
    id                     uuid        PRIMARY KEY,
    first_name             text        NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    surname                text        NOT NULL CHECK (length(surname) BETWEEN 1 AND 100),
    birth_year             integer,
    birth_month            integer,
    birth_day              integer,
    sex                    text        NOT NULL DEFAULT 'NOT_KNOWN',
    ethnicity_status       text        NOT NULL DEFAULT 'NOT_RECORDED',
    ethnicity_ons2021      text,
    ethnicity_police_self_defined text,
    ethnicity_observed     text,
    nationality            char(2),
    phone                  text,
    address_line1          text,
    address_postcode       text,
    created_at             timestamptz NOT NULL,
    created_by             text        NOT NULL,
    voided_at              timestamptz,
    void_reason            text
);
