-- ADR 0016: every fact a query reads is a column with an index; the JSON document says its schema version.
-- Portable between H2 2.x and PostgreSQL.

-- The schema version of state_json. Rows written before this migration hold version 1 (no marker in the
-- document); the default fills them, and is dropped afterwards so that every write states its version.
ALTER TABLE obj_objection ADD COLUMN state_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE obj_objection ALTER COLUMN state_version DROP DEFAULT;

-- Already indexed by V3_1: citizen (bsn, received_date) and stage (stage, decision_deadline).
-- Search by received date without a citizen.
CREATE INDEX obj_objection_received_idx ON obj_objection (received_date);
-- Open and overdue cases, soonest deadline first: walk the deadline, check the stage in the index.
CREATE INDEX obj_objection_due_idx ON obj_objection (decision_deadline, stage);
-- The term KPI: decided cases by closing date.
CREATE INDEX obj_objection_closed_idx ON obj_objection (stage, closed_on);
-- Work per benefit type, soonest deadline first.
CREATE INDEX obj_objection_benefit_idx ON obj_objection (benefit_type, decision_deadline);
