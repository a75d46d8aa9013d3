-- Four-eyes fraud review (intensief toezicht). Closed signals are deleted after their retention date;
-- the audit log keeps that they existed and why they were closed. No table marks a citizen.
CREATE TABLE fr_signal (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    bsn                       VARCHAR(9)    NOT NULL,
    benefit_type              VARCHAR(30)   NOT NULL,
    source                    VARCHAR(30)   NOT NULL,
    description               VARCHAR(4000) NOT NULL,
    processing_basis          VARCHAR(500)  NOT NULL,
    retention_date            DATE          NOT NULL,
    registered_by             VARCHAR(100)  NOT NULL,
    registered_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    phase                     VARCHAR(30)   NOT NULL,
    priority                  VARCHAR(10),
    outcome                   VARCHAR(40),
    closed_at                 TIMESTAMP WITH TIME ZONE,
    zienswijze_requested_on   DATE,
    zienswijze_recorded_on    DATE,
    zienswijze_responded      BOOLEAN,
    zienswijze_summary        VARCHAR(4000),
    zienswijze_recorded_by    VARCHAR(100),
    version                   BIGINT        NOT NULL
);

CREATE INDEX fr_signal_bsn_idx ON fr_signal (bsn);
CREATE INDEX fr_signal_phase_idx ON fr_signal (phase);

CREATE TABLE fr_determination (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    signal_id              VARCHAR(36)   NOT NULL REFERENCES fr_signal (id) ON DELETE CASCADE,
    seq                    INTEGER       NOT NULL,
    phase                  VARCHAR(30)   NOT NULL,
    conclusion             VARCHAR(40)   NOT NULL,
    reasons                VARCHAR(4000) NOT NULL,
    facts                  VARCHAR(4000),
    legal_references       VARCHAR(1000),
    priority               VARCHAR(10),
    author                 VARCHAR(100)  NOT NULL,
    authored_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    reviewer               VARCHAR(100),
    review_reasons         VARCHAR(4000),
    reviewed_at            TIMESTAMP WITH TIME ZONE,
    fine_recovery_cents    BIGINT,
    fine_percentage        INTEGER,
    fine_max_percentage    INTEGER,
    fine_repeat            BOOLEAN,
    fine_corrected         BOOLEAN,
    fine_report_reference  VARCHAR(100),
    fine_amount_cents      BIGINT,
    CONSTRAINT fr_determination_seq_uk UNIQUE (signal_id, seq)
);
