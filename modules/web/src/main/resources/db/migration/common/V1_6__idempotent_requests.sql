-- The idempotency keys that created something (Idempotency-Key header; docs/api.md): per user and operation,
-- the fingerprint of the first request and the id of what it created. Written in the transaction of the change,
-- so a retry after a crash finds either both or neither. Shared by every node.
CREATE TABLE web_idempotent_request (
    actor            VARCHAR(64)              NOT NULL,
    operation        VARCHAR(100)             NOT NULL,
    idempotency_key  VARCHAR(100)             NOT NULL,
    request_hash     CHAR(64)                 NOT NULL,
    result_id        VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_idempotent_request PRIMARY KEY (actor, operation, idempotency_key)
);

CREATE INDEX ix_web_idempotent_request_created ON web_idempotent_request (created_at);
