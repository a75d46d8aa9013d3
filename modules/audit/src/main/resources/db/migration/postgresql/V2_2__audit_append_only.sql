-- The audit log is append-only: the database refuses UPDATE, DELETE and TRUNCATE on the audit
-- tables, whoever asks. (The application never tries; this guards against everyone else.)

CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries and decision records can only be added, never changed or removed.';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_decision_record_append_only
    BEFORE UPDATE OR DELETE ON audit_decision_record
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_decision_record_no_truncate
    BEFORE TRUNCATE ON audit_decision_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The chain head only moves forward, one entry at a time, and cannot be removed.
CREATE OR REPLACE FUNCTION audit_chain_head_advance_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit_chain_head cannot be removed'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.id <> OLD.id OR NEW.last_sequence <> OLD.last_sequence + 1 THEN
        RAISE EXCEPTION 'audit_chain_head can only advance by one entry'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_chain_head_guard
    BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_advance_only();

CREATE TRIGGER audit_chain_head_no_truncate
    BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_advance_only();
