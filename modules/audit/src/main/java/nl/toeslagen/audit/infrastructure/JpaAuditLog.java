package nl.toeslagen.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.UUID;
import nl.toeslagen.audit.api.AuditCorrelation;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.AuditLog;
import nl.toeslagen.audit.domain.AuditEntry;

/**
 * Appends entries to {@code audit_entry}. The chain head row is locked first (PESSIMISTIC_WRITE),
 * so concurrent writers wait for each other and every entry links to the one committed before it.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  static final int MAX_CORRELATION_ID = 100;

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Inject Clock clock;

  @Override
  @Transactional(TxType.REQUIRED)
  public AuditEntryView record(AuditEvent event) {
    return append(event).toView();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public AuditEntryView recordInNewTransaction(AuditEvent event) {
    return append(event).toView();
  }

  AuditEntry append(AuditEvent event) {
    AuditChainHeadEntity head =
        em.find(
            AuditChainHeadEntity.class, AuditChainHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException(
          "audit_chain_head has no row: migration V2_1__audit_log has not run");
    }
    AuditEntry entry =
        AuditEntry.append(
            head.lastSequence() + 1, clock.instant(), event, correlationId(), head.lastHash());
    em.persist(AuditEntryEntity.from(entry));
    head.advance(entry.sequence(), entry.entryHash());
    em.flush();
    return entry;
  }

  static String correlationId() {
    String id = AuditCorrelation.current();
    if (id == null) {
      return UUID.randomUUID().toString();
    }
    return id.length() <= MAX_CORRELATION_ID ? id : id.substring(0, MAX_CORRELATION_ID);
  }
}
