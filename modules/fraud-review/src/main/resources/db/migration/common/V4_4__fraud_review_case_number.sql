-- The human-readable case number of a signal (zaaknummer), e.g. TZ-2026-000123: prefix, year of
-- registration, running number from a sequence (never handed out twice; gaps are allowed).
-- Portable between H2 2.x and PostgreSQL (both know nextval('name')).
CREATE SEQUENCE fr_case_number_seq START WITH 1 INCREMENT BY 1;

ALTER TABLE fr_signal ADD COLUMN case_number VARCHAR(20);

-- Signals registered before numbers existed get one now, in the year they were registered.
UPDATE fr_signal
   SET case_number = 'TZ-' || CAST(EXTRACT(YEAR FROM registered_at) AS VARCHAR(4)) || '-'
                     || LPAD(CAST(nextval('fr_case_number_seq') AS VARCHAR(12)), 6, '0')
 WHERE case_number IS NULL;

ALTER TABLE fr_signal ALTER COLUMN case_number SET NOT NULL;
CREATE UNIQUE INDEX fr_signal_case_number_idx ON fr_signal (case_number);
