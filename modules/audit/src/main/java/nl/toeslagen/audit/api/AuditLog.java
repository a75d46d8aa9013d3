package nl.toeslagen.audit.api;

/**
 * The append-only audit log. Entries are never updated or deleted; each one carries the hash of the
 * previous one.
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
   * by an exception mapper. Do not call it from a transaction that has already written an audit
   * entry: that transaction holds the chain-head lock and the two would wait on each other.
   */
  AuditEntryView recordInNewTransaction(AuditEvent event);
}
