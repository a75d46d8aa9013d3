-- ADR 0016: every fact a query reads is a column with an index. Portable between H2 2.x and PostgreSQL.
-- Already indexed by V4_1: citizen (bsn), phase, and a signal's determinations (signal_id, seq).
-- The daily retention job: closed signals past their retention date.
CREATE INDEX fr_signal_retention_idx ON fr_signal (phase, retention_date);
-- Open signals, oldest registration first.
CREATE INDEX fr_signal_registered_idx ON fr_signal (registered_at, phase);
