-- One row per signal category, locked (SELECT ... FOR UPDATE) by the threshold evaluation that runs
-- after a signal's transaction has committed, in a short transaction of its own, and by the
-- follow-up that closes an escalation: evaluations of one category run one after another, so two
-- signals crossing the threshold at once open one escalation, and nothing waits for this lock
-- inside the transaction that raised the signal (an objection intake, a hardship assessment).
-- The rows of the categories shipped are added here; a category added to the data later gets its
-- row the first time it is locked. Portable between H2 2.x and PostgreSQL (plain DDL and INSERT).
CREATE TABLE cl_signal_category_lock (
    category VARCHAR(40) NOT NULL PRIMARY KEY
);

INSERT INTO cl_signal_category_lock (category) VALUES
    ('ONBEDOELD_PARTNERSCHAP'),
    ('VERMOGENSGRENS'),
    ('KOPPELING_GEWERKTE_UREN'),
    ('HERHAALD_VERLIES'),
    ('VERLOREN_UITSPRAAK'),
    ('TERUGVORDERING'),
    ('INKOMENSSCHATTING'),
    ('DEFINITIEVE_BEREKENING'),
    ('HERZIENING'),
    ('BOETE'),
    ('HARDHEIDSBESLISSING'),
    ('KINDEROPVANG_UREN'),
    ('BEREIKBAARHEID'),
    ('BRIEVEN_ONDUIDELIJK'),
    ('BETALINGSREGELING'),
    ('BEJEGENING'),
    ('OVERIG');
