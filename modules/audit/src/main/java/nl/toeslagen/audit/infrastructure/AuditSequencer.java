package nl.toeslagen.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import nl.toeslagen.audit.domain.AuditEntry;
import nl.toeslagen.audit.domain.ChainLinker;

/**
 * Links committed, unlinked entries into the hash chain, one bounded batch per short transaction:
 * locks the chain head, takes the oldest unlinked entries (by id, so one transaction's entries keep
 * the order they were recorded in), gives each the next sequence number and hash, moves the head.
 * The head lock is held only while linking one batch, never while a caller's work runs.
 */
@ApplicationScoped
public class AuditSequencer {

  /** Entries linked per transaction: bounds how long the head lock is held. */
  static final int BATCH = 200;

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  /** Links at most {@link #BATCH} entries in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public int linkBatch() {
    if (oldestUnlinked(1).isEmpty()) {
      return 0; // nothing waiting: do not even take the lock
    }
    AuditChainHeadEntity head =
        em.find(
            AuditChainHeadEntity.class, AuditChainHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException(
          "audit_chain_head has no row: migration V2_1__audit_log has not run");
    }
    // Read again under the lock: another sequencer may have linked some meanwhile.
    List<AuditEntryEntity> rows = oldestUnlinked(BATCH);
    ChainLinker.Batch batch =
        ChainLinker.link(
            new ChainLinker.Head(head.lastSequence(), head.lastHash()),
            rows.stream().map(AuditEntryEntity::toDomain).toList());
    for (int i = 0; i < rows.size(); i++) {
      AuditEntry linked = batch.linked().get(i);
      rows.get(i).link(linked);
      head.advance(linked.sequence(), linked.entryHash());
      // One head update per entry: the PostgreSQL guard lets the head advance by one at a time.
      em.flush();
    }
    return rows.size();
  }

  private List<AuditEntryEntity> oldestUnlinked(int max) {
    return em.createQuery(
            "SELECT e FROM AuditEntryEntity e WHERE e.sequence IS NULL ORDER BY e.entryId",
            AuditEntryEntity.class)
        .setMaxResults(max)
        .getResultList();
  }
}
