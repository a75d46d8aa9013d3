-- The human-readable case number (zaaknummer), e.g. BZ-2026-000123: prefix, year of registration,
-- running number from a sequence (never handed out twice, also not by two nodes; gaps are allowed).
-- Portable between H2 2.x and PostgreSQL (both know nextval('name')).
CREATE SEQUENCE obj_case_number_seq START WITH 1 INCREMENT BY 1;

ALTER TABLE obj_objection ADD COLUMN case_number VARCHAR(20);

-- Cases registered before numbers existed get one now, in the year they were registered.
UPDATE obj_objection
   SET case_number = 'BZ-' || CAST(EXTRACT(YEAR FROM created_at) AS VARCHAR(4)) || '-'
                     || LPAD(CAST(nextval('obj_case_number_seq') AS VARCHAR(12)), 6, '0')
 WHERE case_number IS NULL;

ALTER TABLE obj_objection ALTER COLUMN case_number SET NOT NULL;
CREATE UNIQUE INDEX obj_objection_case_number_idx ON obj_objection (case_number);
