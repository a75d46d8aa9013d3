-- Letters waiting to be rendered: a request composes the letter and queues it in its own
-- transaction; a job renders and stores it after commit (ADR 0011). One job per owner and event,
-- the same key as doc_document: a retried job never stores a second copy.
CREATE TABLE doc_letter_job (
    id            VARCHAR(36)    NOT NULL,
    owner_type    VARCHAR(40)    NOT NULL,
    owner_id      VARCHAR(64)    NOT NULL,
    event_key     VARCHAR(120)   NOT NULL,
    file_name     VARCHAR(200)   NOT NULL,
    letter_json   VARCHAR(1000000) NOT NULL,
    audit_action  VARCHAR(100)   NOT NULL,
    audit_basis   VARCHAR(200),
    audit_reasons VARCHAR(4000),
    status        VARCHAR(10)    NOT NULL,
    attempts      INTEGER        NOT NULL,
    last_error    VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    document_id   VARCHAR(36),
    CONSTRAINT pk_doc_letter_job PRIMARY KEY (id),
    CONSTRAINT uq_doc_letter_job_event UNIQUE (owner_type, owner_id, event_key),
    CONSTRAINT ck_doc_letter_job_status CHECK (status IN ('PENDING', 'DONE', 'FAILED'))
);

CREATE INDEX ix_doc_letter_job_status ON doc_letter_job (status);
