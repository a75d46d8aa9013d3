-- Hardship requests: one row per request, every queried field a column with an index, the steps
-- (triage, contact, emergency payments, referrals, assessments, reviews, escalations) a versioned
-- JSON document. Case numbers (HH-2026-000123) from a sequence. Portable between H2 2.x and
-- PostgreSQL.
CREATE SEQUENCE hs_case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hs_request (
    id                    VARCHAR(36)     NOT NULL PRIMARY KEY,
    case_number           VARCHAR(20)     NOT NULL,
    bsn                   VARCHAR(9)      NOT NULL,
    bsn_hash              VARCHAR(64)     NOT NULL,
    benefit_type          VARCHAR(30)     NOT NULL,
    recovery_reference    VARCHAR(60)     NOT NULL,
    recovery_amount_cents BIGINT          NOT NULL,
    kind                  VARCHAR(40)     NOT NULL,
    track                 VARCHAR(20)     NOT NULL,
    status                VARCHAR(20)     NOT NULL,
    is_open               BOOLEAN         NOT NULL,
    received_on           DATE            NOT NULL,
    triage_deadline       DATE            NOT NULL,
    registered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at            TIMESTAMP WITH TIME ZONE,
    policy_signal         VARCHAR(40),
    state_version         INTEGER         NOT NULL,
    state_json            VARCHAR(1000000) NOT NULL,
    row_version           BIGINT          NOT NULL
);
CREATE UNIQUE INDEX hs_request_case_number_idx ON hs_request (case_number);
CREATE INDEX hs_request_bsn_hash_idx ON hs_request (bsn_hash);
CREATE INDEX hs_request_reference_open_idx ON hs_request (recovery_reference, is_open);
CREATE INDEX hs_request_status_idx ON hs_request (status, registered_at);
CREATE INDEX hs_request_registered_idx ON hs_request (registered_at);
CREATE INDEX hs_request_policy_signal_idx ON hs_request (policy_signal);
