package nl.toeslagen.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.AuditLog;

/**
 * Writes every fired {@link AuditEvent} to the audit log, synchronously and in the firing code's
 * JTA transaction: the entry commits with the change and rolls back with it (no change without its
 * entry, no entry without its change). Fired outside a transaction (e.g. a refused request), the
 * entry gets a transaction of its own.
 */
@ApplicationScoped
public class AuditEventObserver {

  @Inject AuditLog auditLog;

  @Transactional(TxType.REQUIRED)
  public void on(@Observes AuditEvent event) {
    auditLog.record(event);
  }
}
