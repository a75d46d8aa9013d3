-- Objection cases (bezwaar). Searchable facts as columns; the full case state as JSON in state_json.
CREATE TABLE obj_objection (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    bsn                 VARCHAR(9)    NOT NULL,
    benefit_type        VARCHAR(30)   NOT NULL,
    contested_reference VARCHAR(64)   NOT NULL,
    contested_type      VARCHAR(30)   NOT NULL,
    contested_date      DATE          NOT NULL,
    received_date       DATE          NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    stage               VARCHAR(30)   NOT NULL,
    timeliness          VARCHAR(20)   NOT NULL,
    objection_term_end  DATE          NOT NULL,
    decision_deadline   DATE          NOT NULL,
    notice_of_default   DATE,
    closed_on           DATE,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    state_json          VARCHAR(200000) NOT NULL
);

CREATE INDEX obj_objection_bsn_idx ON obj_objection (bsn, received_date);
CREATE INDEX obj_objection_deadline_idx ON obj_objection (stage, decision_deadline);
