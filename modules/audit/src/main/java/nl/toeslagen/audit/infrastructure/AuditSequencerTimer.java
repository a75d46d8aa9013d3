package nl.toeslagen.audit.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The safety net of the sequencer: every ten seconds, link whatever committed entries are still
 * unlinked (e.g. when a trigger after commit was missed or the sequencer failed).
 */
@Singleton
public class AuditSequencerTimer {

  @Inject AuditSequencing sequencing;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "audit sequencer")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void linkLeftovers() {
    sequencing.linkLater();
  }
}
