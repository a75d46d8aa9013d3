-- The case state (JSON) holds up to 20 grounds and 20 answers of 4,000 characters each, per draft version:
-- 200,000 characters were too few (60 grounds of 4,000 answered 500). Portable between H2 2.x and PostgreSQL.
ALTER TABLE obj_objection ALTER COLUMN state_json SET DATA TYPE VARCHAR(1000000);
