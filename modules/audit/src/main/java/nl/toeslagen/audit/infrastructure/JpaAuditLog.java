package nl.toeslagen.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.audit.api.AuditCorrelation;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.AuditLog;
import nl.toeslagen.audit.domain.AuditEntry;
import nl.toeslagen.kernel.MeasurementSwitch;

/**
 * Records entries in {@code audit_entry} UNLINKED, in the caller's transaction and without any
 * lock: the entry commits and rolls back with the change it describes, and a slow transaction holds
 * nobody up. Right after a transaction that recorded entries commits, the {@link AuditSequencer}
 * links them into the hash chain in short transactions of its own (and a timer catches anything
 * left over). See ADR 0011.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  private static final Logger LOG = Logger.getLogger(JpaAuditLog.class.getName());

  static final int MAX_CORRELATION_ID = 100;

  /**
   * Audit off for a measurement ({@code TOESLAGEN_AUDIT=off}); refused outside the demo profile.
   */
  private static final boolean OFF = MeasurementSwitch.auditOff();

  /** Key of the per-transaction marker: the sequencer is triggered once per transaction. */
  private static final Object TRIGGER_KEY = JpaAuditLog.class.getName() + ".trigger";

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Inject Clock clock;

  @Inject AuditSequencing sequencing;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Override
  @Transactional(TxType.REQUIRED)
  public AuditEntryView record(AuditEvent event) {
    return unlinked(event).toView();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public AuditEntryView recordInNewTransaction(AuditEvent event) {
    return unlinked(event).toView();
  }

  /**
   * Inserts the entry unlinked in the current transaction (which must exist) and arranges for the
   * sequencer to run after it commits.
   *
   * @return the entry's key (a UUID), for a record that refers to the entry
   */
  @Transactional(TxType.MANDATORY)
  public String appendUnlinked(AuditEvent event) {
    return insert(AuditEntry.unlinked(clock.instant(), event, correlationId()));
  }

  private AuditEntry unlinked(AuditEvent event) {
    AuditEntry entry = AuditEntry.unlinked(clock.instant(), event, correlationId());
    insert(entry);
    return entry;
  }

  /**
   * A plain INSERT: the database numbers the row ({@code entry_id}, an identity column) in insert
   * order, so the entries of one transaction keep the order they were recorded in. (JPA's IDENTITY
   * generation cannot read the number back on H2 2.x.)
   */
  private String insert(AuditEntry e) {
    String key = UUID.randomUUID().toString();
    if (OFF) {
      return key; // a measurement of what the trail costs (MeasurementSwitch, demo profile only)
    }
    em.createNativeQuery(
            "INSERT INTO audit_entry (entry_key, occurred_at, actor, role, action, object_type,"
                + " object_id, outcome, legal_basis, reasons, correlation_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, key)
        .setParameter(2, e.occurredAt().atOffset(ZoneOffset.UTC))
        .setParameter(3, e.actor())
        .setParameter(4, e.role())
        .setParameter(5, e.action())
        .setParameter(6, e.objectType())
        .setParameter(7, e.objectId())
        .setParameter(8, e.outcome().name())
        .setParameter(9, e.legalBasis())
        .setParameter(10, e.reasons())
        .setParameter(11, e.correlationId())
        .executeUpdate();
    triggerSequencerAfterCommit();
    return key;
  }

  private void triggerSequencerAfterCommit() {
    if (transactions == null || transactions.getResource(TRIGGER_KEY) != null) {
      return;
    }
    try {
      transactions.putResource(TRIGGER_KEY, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // nothing: entries are linked only once they are committed
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                sequencing.linkNow();
              }
            }
          });
    } catch (IllegalStateException tooLate) {
      // The transaction is already completing: the periodic run links the entry.
      LOG.log(Level.FINE, "audit sequencer not triggered; the periodic run will link", tooLate);
    }
  }

  static String correlationId() {
    String id = AuditCorrelation.current();
    if (id == null) {
      return UUID.randomUUID().toString();
    }
    return id.length() <= MAX_CORRELATION_ID ? id : id.substring(0, MAX_CORRELATION_ID);
  }
}
