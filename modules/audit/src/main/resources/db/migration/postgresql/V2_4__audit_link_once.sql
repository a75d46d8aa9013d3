-- The sequencer links an unlinked entry by setting its sequence number and hashes (ADR 0011). The
-- append-only guard of V2_2 now allows exactly that and nothing else: one update of a row whose
-- sequence number is still NULL, that sets all three and changes no other column. Every other
-- UPDATE, every DELETE and TRUNCATE is still refused, whoever asks.

CREATE OR REPLACE FUNCTION audit_entry_link_once() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.sequence_no IS NULL AND OLD.prev_hash IS NULL AND OLD.entry_hash IS NULL
           AND NEW.sequence_no IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.entry_hash IS NOT NULL
           AND NEW.entry_id = OLD.entry_id
           AND NEW.entry_key IS NOT DISTINCT FROM OLD.entry_key
           AND NEW.occurred_at = OLD.occurred_at
           AND NEW.actor = OLD.actor
           AND NEW.role IS NOT DISTINCT FROM OLD.role
           AND NEW.action = OLD.action
           AND NEW.object_type = OLD.object_type
           AND NEW.object_id = OLD.object_id
           AND NEW.outcome = OLD.outcome
           AND NEW.legal_basis IS NOT DISTINCT FROM OLD.legal_basis
           AND NEW.reasons IS NOT DISTINCT FROM OLD.reasons
           AND NEW.correlation_id IS NOT DISTINCT FROM OLD.correlation_id THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries can only be added and linked into the chain once, never changed or removed.';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER audit_entry_append_only ON audit_entry;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_link_once();

-- The sequencer looks for the oldest unlinked entries.
CREATE INDEX ix_audit_entry_unlinked ON audit_entry (entry_id) WHERE sequence_no IS NULL;
