-- Appeals (beroep, hoger beroep) against objection decisions: one row per appeal, every queried
-- field a column with an index, the steps (professional-line check, statement of defence, hearing,
-- ruling) a versioned JSON document. Case numbers (BR-2026-000123) from a sequence. Portable
-- between H2 2.x and PostgreSQL.
CREATE SEQUENCE cl_appeal_case_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE cl_appeal (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    case_number       VARCHAR(20)     NOT NULL,
    objection_id      VARCHAR(36)     NOT NULL,
    appeal_level      VARCHAR(20)     NOT NULL,
    court             VARCHAR(10)     NOT NULL,
    court_case_number VARCHAR(40)     NOT NULL,
    lodged_on         DATE            NOT NULL,
    status            VARCHAR(30)     NOT NULL,
    is_open           BOOLEAN         NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state_version     INTEGER         NOT NULL,
    state_json        VARCHAR(1000000) NOT NULL,
    row_version       BIGINT          NOT NULL
);
CREATE UNIQUE INDEX cl_appeal_case_number_idx ON cl_appeal (case_number);
CREATE INDEX cl_appeal_objection_idx ON cl_appeal (objection_id, registered_at);
CREATE INDEX cl_appeal_status_idx ON cl_appeal (status, registered_at);
CREATE INDEX cl_appeal_registered_idx ON cl_appeal (registered_at);
