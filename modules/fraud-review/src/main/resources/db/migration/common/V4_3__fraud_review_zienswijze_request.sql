-- Issue 9, rule 8: the request for the citizen's view (zienswijze) before a fine (Awb 4:8, 5:53):
-- its date, the last day to respond, the facts and the intended fine, as the request letter states
-- them. All optional: signals from before keep no request (their view was only recorded).
-- Portable between H2 2.x and PostgreSQL.
ALTER TABLE fr_signal ADD COLUMN zr_requested_on DATE;
ALTER TABLE fr_signal ADD COLUMN zr_respond_by DATE;
ALTER TABLE fr_signal ADD COLUMN zr_requested_by VARCHAR(100);
ALTER TABLE fr_signal ADD COLUMN zr_facts VARCHAR(4000);
ALTER TABLE fr_signal ADD COLUMN zr_fine_recovery_cents BIGINT;
ALTER TABLE fr_signal ADD COLUMN zr_fine_percentage INTEGER;
ALTER TABLE fr_signal ADD COLUMN zr_fine_max_percentage INTEGER;
ALTER TABLE fr_signal ADD COLUMN zr_fine_repeat BOOLEAN;
ALTER TABLE fr_signal ADD COLUMN zr_fine_corrected BOOLEAN;
ALTER TABLE fr_signal ADD COLUMN zr_fine_report_reference VARCHAR(100);
ALTER TABLE fr_signal ADD COLUMN zr_fine_amount_cents BIGINT;
