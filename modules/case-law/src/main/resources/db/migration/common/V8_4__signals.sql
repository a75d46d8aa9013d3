-- The central signal register (case law, part D): one row per signal, one per escalation of a
-- category. Every queried field is a column with an index: trends count per category and month in
-- the database (GROUP BY category, signal_year, signal_month), the threshold counts a category's
-- signals by date, lists filter by source. A category has at most one open escalation: open_category
-- holds the category while the escalation is open and is NULL afterwards, under a unique index
-- (several NULLs are allowed in H2 and PostgreSQL). No citizen number is stored here: a signal links
-- to its case. Escalation numbers (SE-2026-000001) from a sequence. Portable between H2 2.x and
-- PostgreSQL.
CREATE SEQUENCE cl_signal_escalation_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE cl_signal (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    source          VARCHAR(30)   NOT NULL,
    category        VARCHAR(40)   NOT NULL,
    signal_date     DATE          NOT NULL,
    signal_year     INTEGER       NOT NULL,
    signal_month    INTEGER       NOT NULL,
    case_type       VARCHAR(30),
    case_id         VARCHAR(64),
    case_number     VARCHAR(80),
    summary         VARCHAR(2000) NOT NULL,
    registered_by   VARCHAR(100)  NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    escalation_id   VARCHAR(36),
    row_version     BIGINT        NOT NULL
);
CREATE INDEX cl_signal_category_date_idx ON cl_signal (category, signal_date);
CREATE INDEX cl_signal_source_date_idx ON cl_signal (source, signal_date);
CREATE INDEX cl_signal_date_idx ON cl_signal (signal_date);
CREATE INDEX cl_signal_period_idx ON cl_signal (signal_year, signal_month, category);
CREATE INDEX cl_signal_escalation_idx ON cl_signal (escalation_id);
CREATE INDEX cl_signal_case_idx ON cl_signal (case_id, source);

CREATE TABLE cl_signal_escalation (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_number         VARCHAR(20)   NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    open_category       VARCHAR(40),
    threshold           INTEGER       NOT NULL,
    window_days         INTEGER       NOT NULL,
    opened_on           DATE          NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    signals_at_opening  INTEGER       NOT NULL,
    signal_count        INTEGER       NOT NULL,
    last_signal_on      DATE,
    status              VARCHAR(20)   NOT NULL,
    follow_up_decision  VARCHAR(4000),
    follow_up_owner     VARCHAR(200),
    follow_up_date      DATE,
    follow_up_by        VARCHAR(100),
    follow_up_at        TIMESTAMP WITH TIME ZONE,
    row_version         BIGINT        NOT NULL
);
CREATE UNIQUE INDEX cl_signal_escalation_number_idx ON cl_signal_escalation (case_number);
CREATE UNIQUE INDEX cl_signal_escalation_open_idx ON cl_signal_escalation (open_category);
CREATE INDEX cl_signal_escalation_status_idx ON cl_signal_escalation (status, opened_at);
CREATE INDEX cl_signal_escalation_category_idx ON cl_signal_escalation (category, opened_at);
