-- Stored documents (letters as PDF/A). The bytes live in files under the data directory;
-- this table keeps the metadata and the SHA-256 that proves a file is unchanged.
-- One document per owner and event: the unique key is the backstop against double letters.
CREATE TABLE doc_document (
    id            VARCHAR(36)  NOT NULL,
    owner_type    VARCHAR(40)  NOT NULL,
    owner_id      VARCHAR(64)  NOT NULL,
    event_key     VARCHAR(120) NOT NULL,
    kind          VARCHAR(60)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    storage_path  VARCHAR(300) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_doc_document PRIMARY KEY (id),
    CONSTRAINT uq_doc_document_event UNIQUE (owner_type, owner_id, event_key)
);
