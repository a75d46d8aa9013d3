-- Audit log: append-only, hash-chained entries; the chain head; decision records.
-- Portable between H2 2.x and PostgreSQL 15.

CREATE TABLE audit_entry (
    sequence_no     BIGINT                   NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100)             NOT NULL,
    role            VARCHAR(200),
    action          VARCHAR(100)             NOT NULL,
    object_type     VARCHAR(60)              NOT NULL,
    object_id       VARCHAR(100)             NOT NULL,
    outcome         VARCHAR(10)              NOT NULL,
    legal_basis     VARCHAR(200),
    reasons         VARCHAR(4000),
    correlation_id  VARCHAR(100),
    prev_hash       VARCHAR(64)              NOT NULL,
    entry_hash      VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (sequence_no),
    CONSTRAINT ck_audit_entry_sequence CHECK (sequence_no >= 1),
    CONSTRAINT ck_audit_entry_outcome CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED')),
    -- two entries can never link to the same predecessor: the chain cannot fork
    CONSTRAINT uq_audit_entry_prev_hash UNIQUE (prev_hash),
    CONSTRAINT uq_audit_entry_entry_hash UNIQUE (entry_hash)
);

CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);

-- One row: the last sequence number and hash. Writers lock it before appending.
CREATE TABLE audit_chain_head (
    id             INTEGER     NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_decision_record (
    id                     VARCHAR(36)              NOT NULL,
    decision_type          VARCHAR(60)              NOT NULL,
    decision_outcome       VARCHAR(60)              NOT NULL,
    object_type            VARCHAR(60)              NOT NULL,
    object_id              VARCHAR(100)             NOT NULL,
    grounds_json           VARCHAR(20000)           NOT NULL,
    facts_json             VARCHAR(20000)           NOT NULL,
    legal_references_json  VARCHAR(4000)            NOT NULL,
    case_law_json          VARCHAR(4000)            NOT NULL,
    versions_applied_json  VARCHAR(4000)            NOT NULL,
    preparer               VARCHAR(100)             NOT NULL,
    approver               VARCHAR(100),
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_sequence         BIGINT,
    CONSTRAINT pk_audit_decision_record PRIMARY KEY (id),
    CONSTRAINT fk_audit_decision_record_entry FOREIGN KEY (audit_sequence)
        REFERENCES audit_entry (sequence_no)
);

CREATE INDEX ix_audit_decision_record_object ON audit_decision_record (object_type, object_id);
