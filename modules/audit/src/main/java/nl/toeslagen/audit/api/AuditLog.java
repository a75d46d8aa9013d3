package nl.toeslagen.audit.api;

/**
 * The append-only audit log. Entries are never updated or deleted; each one carries the hash of the
 * previous one. Recording takes no lock: an entry is stored unlinked with the caller's change, and
 * the sequencer links it into the hash chain right after the transaction commits (ADR 0011), so the
 * returned view has sequence number 0 and no hashes yet.
 */
public interface AuditLog {

  /**
   * Appends an entry in the caller's JTA transaction (a transaction is started when there is none),
   * so the entry commits or rolls back together with the change it describes. The correlation id is
   * taken from {@link AuditCorrelation#current()}, or a fresh UUID when none is set.
   */
  AuditEntryView record(AuditEvent event);

  /**
   * Appends an entry in a NEW transaction that commits even when the caller's transaction rolls
   * back: meant for refusals and failures recorded after (or outside) the failed transaction, e.g.
   * by an exception mapper.
   */
  AuditEntryView recordInNewTransaction(AuditEvent event);
}
