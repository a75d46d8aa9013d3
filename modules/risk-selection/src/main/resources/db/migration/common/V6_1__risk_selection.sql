-- Risk-selection safeguards: the rule register (every version, never changed once registered but
-- for its lifecycle), classification changes of the feature catalogue, selection runs with every
-- case's explanation, and the monitoring view of protected attributes (read by bias monitoring
-- only; no rule reads it). Portable between H2 2.x and PostgreSQL.
CREATE TABLE rs_rule_set (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    name              VARCHAR(120)    NOT NULL,
    version_number    INTEGER         NOT NULL,
    predecessor_id    VARCHAR(36),
    status            VARCHAR(30)     NOT NULL,
    owner             VARCHAR(100)    NOT NULL,
    threshold         INTEGER         NOT NULL,
    purpose           VARCHAR(2000)   NOT NULL,
    legal_basis       VARCHAR(200)    NOT NULL,
    features_used     VARCHAR(1300)   NOT NULL,
    dmn_xml           VARCHAR(1000000) NOT NULL,
    state_json        VARCHAR(1000000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version       BIGINT          NOT NULL,
    CONSTRAINT rs_rule_set_name_version UNIQUE (name, version_number)
);
CREATE INDEX rs_rule_set_status_idx ON rs_rule_set (status);

CREATE TABLE rs_classification_change (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    feature           VARCHAR(40)     NOT NULL,
    from_class        VARCHAR(20)     NOT NULL,
    to_class          VARCHAR(20)     NOT NULL,
    justification     VARCHAR(2000),
    proposed_by       VARCHAR(100)    NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(20)     NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reasons  VARCHAR(2000),
    row_version       BIGINT          NOT NULL
);
CREATE INDEX rs_classification_change_status_idx ON rs_classification_change (status);

CREATE TABLE rs_selection_run (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    batch_id            VARCHAR(60)   NOT NULL,
    rule_set_id         VARCHAR(36)   NOT NULL REFERENCES rs_rule_set (id),
    rule_set_name       VARCHAR(120)  NOT NULL,
    rule_set_version    INTEGER       NOT NULL,
    started_by          VARCHAR(100)  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    control_sample_size INTEGER       NOT NULL,
    case_count          INTEGER       NOT NULL,
    selected_count      INTEGER       NOT NULL,
    control_count       INTEGER       NOT NULL,
    flagged             BOOLEAN       NOT NULL,
    report_json         VARCHAR(1000000) NOT NULL,
    CONSTRAINT rs_selection_run_batch UNIQUE (batch_id)
);
CREATE INDEX rs_selection_run_rule_set_idx ON rs_selection_run (rule_set_id);

CREATE TABLE rs_run_case (
    run_id            VARCHAR(36)   NOT NULL REFERENCES rs_selection_run (id),
    case_index        INTEGER       NOT NULL,
    case_ref          VARCHAR(40)   NOT NULL,
    bsn_masked        VARCHAR(20)   NOT NULL,
    benefit_type      VARCHAR(30)   NOT NULL,
    total             BIGINT        NOT NULL,
    selected          BOOLEAN       NOT NULL,
    control_sample    BOOLEAN       NOT NULL,
    signal_id         VARCHAR(36),
    explanation_json  VARCHAR(20000) NOT NULL,
    PRIMARY KEY (run_id, case_index)
);
CREATE INDEX rs_run_case_signal_idx ON rs_run_case (signal_id);

-- the monitoring view: protected attributes per case of a run, apart from what rules read
CREATE TABLE rs_run_monitoring (
    run_id            VARCHAR(36)   NOT NULL REFERENCES rs_selection_run (id),
    case_index        INTEGER       NOT NULL,
    case_ref          VARCHAR(40)   NOT NULL,
    attributes_json   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, case_index)
);
