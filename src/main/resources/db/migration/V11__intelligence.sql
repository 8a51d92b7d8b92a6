-- Intelligence: graded reports, the things they are about, and the links between those things. Vehicles, phones,
-- places and organisations are kept once each, under a normalised key, so that every report, return interview or
-- missing episode that mentions the same one points at the same row: that is what lets a network be seen whole.

CREATE TABLE vehicle (
    id           uuid        PRIMARY KEY,
    registration text        NOT NULL UNIQUE CHECK (registration ~ '^[A-Z0-9]{1,10}$'),
    make         text        CHECK (length(make) <= 50),
    model        text        CHECK (length(model) <= 50),
    colour       text        CHECK (length(colour) <= 30),
    created_at   timestamptz NOT NULL
);

CREATE TABLE phone (
    id         uuid        PRIMARY KEY,
    number     text        NOT NULL UNIQUE CHECK (length(number) BETWEEN 3 AND 20),
    created_at timestamptz NOT NULL
);

-- A place: an address with a postcode, or a description such as "a takeaway on Kestrel Grove" in an area.
CREATE TABLE location (
    id            uuid        PRIMARY KEY,
    match_key     text        NOT NULL UNIQUE,
    address       text        NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
    postcode      text        CHECK (length(postcode) <= 8),
    location_type text        NOT NULL CHECK (location_type IN ('HOUSE', 'FLAT', 'TAKEAWAY', 'RESTAURANT', 'HOTEL',
                                  'TAXI_OFFICE', 'SHOP', 'CAR_PARK', 'PARK', 'SCHOOL', 'CHILDRENS_HOME', 'OTHER')),
    area_code     text,
    created_at    timestamptz NOT NULL
);

CREATE TABLE organisation (
    id                uuid        PRIMARY KEY,
    match_key         text        NOT NULL UNIQUE,
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation_type text        NOT NULL CHECK (organisation_type IN ('TAXI_FIRM', 'TAKEAWAY', 'HOTEL', 'SHOP',
                                      'CAR_WASH', 'BUSINESS', 'OTHER')),
    area_code         text,
    created_at        timestamptz NOT NULL
);

-- A person known only by what a child called them ("Jay"), within a police force area: two children in the same
-- force who name the same "Jay" are linked through this row until the name is matched to a person's record.
CREATE TABLE named_person (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    area_code  text        NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (name, area_code)
);

CREATE TABLE person_alias (
    id         uuid PRIMARY KEY,
    person_id  uuid NOT NULL REFERENCES person (id),
    first_name text CHECK (length(first_name) <= 100),
    surname    text CHECK (length(surname) <= 100)
);
CREATE INDEX person_alias_person ON person_alias (person_id);

CREATE SEQUENCE intel_reference_seq;

CREATE TABLE intel_report (
    id                      uuid        PRIMARY KEY,
    reference               text        NOT NULL UNIQUE,
    agency_id               uuid        NOT NULL REFERENCES agency (id),
    area_codes              text[]      NOT NULL CHECK (cardinality(area_codes) BETWEEN 1 AND 20),
    information_date        date        NOT NULL,
    grading_scheme          text        NOT NULL CHECK (grading_scheme IN ('3x5x2', '5x5x5')),
    source_evaluation       text        NOT NULL,
    intelligence_assessment text        NOT NULL,
    handling_code           text        NOT NULL,
    handling_conditions     text        CHECK (length(handling_conditions) <= 2000),
    report_text             text        NOT NULL CHECK (length(report_text) BETWEEN 1 AND 20000),
    sanitised_text          text        CHECK (length(sanitised_text) <= 5000),
    recorded_by             text        NOT NULL,
    recorded_at             timestamptz NOT NULL,
    source_system           text,
    source_id               text,
    UNIQUE (source_system, source_id),
    CONSTRAINT graded_on_its_own_scheme CHECK (
        (grading_scheme = '3x5x2' AND source_evaluation IN ('1', '2', '3')
            AND intelligence_assessment IN ('A', 'B', 'C', 'D', 'E') AND handling_code IN ('P', 'C'))
        OR (grading_scheme = '5x5x5' AND source_evaluation IN ('A', 'B', 'C', 'D', 'E')
            AND intelligence_assessment IN ('1', '2', '3', '4', '5')
            AND handling_code IN ('1', '2', '3', '4', '5'))),
    CONSTRAINT conditions_stated CHECK (handling_code <> 'C' OR handling_conditions IS NOT NULL)
);
CREATE INDEX intel_report_agency ON intel_report (agency_id);
CREATE INDEX intel_report_areas ON intel_report USING gin (area_codes);

-- What a report is about. Exactly one reference is set, of the subject's type.
CREATE TABLE intel_subject (
    id              uuid PRIMARY KEY,
    report_id       uuid NOT NULL REFERENCES intel_report (id),
    subject_type    text NOT NULL CHECK (subject_type IN ('PERSON', 'NAMED_PERSON', 'CHILD', 'VEHICLE', 'PHONE',
                                                           'LOCATION', 'ORGANISATION')),
    subject_id      uuid NOT NULL,
    subject_role    text NOT NULL CHECK (subject_role IN ('SUSPECT', 'VICTIM', 'ASSOCIATE', 'WITNESS', 'MENTIONED')),
    detail          text CHECK (length(detail) <= 1000),
    UNIQUE (report_id, subject_type, subject_id)
);
CREATE INDEX intel_subject_subject ON intel_subject (subject_type, subject_id);

-- A link between two subjects, with where it came from: an intelligence report, a missing episode or a return
-- home interview. A link with a report takes the report's grading and handling.
CREATE TABLE intel_link (
    id            uuid        PRIMARY KEY,
    from_type     text        NOT NULL,
    from_id       uuid        NOT NULL,
    to_type       text        NOT NULL,
    to_id         uuid        NOT NULL,
    link_type     text        NOT NULL,
    source_kind   text        NOT NULL CHECK (source_kind IN ('INTEL_REPORT', 'MISSING_EPISODE', 'RETURN_INTERVIEW')),
    source_id     uuid        NOT NULL,
    report_id     uuid        REFERENCES intel_report (id),
    child_id      uuid        REFERENCES child (id),
    area_code     text,
    first_seen    date        NOT NULL,
    last_seen     date        NOT NULL CHECK (last_seen >= first_seen),
    detail        text        CHECK (length(detail) <= 1000),
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    source_system text,
    source_record text,
    UNIQUE (source_system, source_record),
    CONSTRAINT not_a_loop CHECK (from_type <> to_type OR from_id <> to_id),
    -- A report's link is seen by whoever may see the report; what a child said, by whoever works in the child's
    -- area (area_code is the child's local authority when it was said).
    CONSTRAINT visible_through_report_or_child CHECK ((source_kind = 'INTEL_REPORT') = (report_id IS NOT NULL)
        AND (source_kind = 'INTEL_REPORT' OR (child_id IS NOT NULL AND area_code IS NOT NULL)))
);
CREATE INDEX intel_link_from ON intel_link (from_type, from_id);
CREATE INDEX intel_link_to ON intel_link (to_type, to_id);
CREATE INDEX intel_link_report ON intel_link (report_id);
