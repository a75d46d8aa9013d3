package nl.toeslagen.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import nl.toeslagen.audit.api.AuditVerifier;
import nl.toeslagen.audit.api.ChainVerification;
import nl.toeslagen.audit.domain.ChainVerifier;

/**
 * Verifies the stored chain page by page (keyset paging on the sequence number), never holding more
 * than one page in memory. Reads the chain head first and checks entries up to the sequence it
 * records, so entries committed meanwhile do not disturb the result. Also tells how many committed
 * entries are still waiting for the sequencer (they are not part of the chain yet).
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class JpaAuditVerifier implements AuditVerifier {

  static final int PAGE = 1000;

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Override
  public ChainVerification verify() {
    return verifyLinked().withPendingEntries(pending());
  }

  private long pending() {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEntryEntity e WHERE e.sequence IS NULL", Long.class)
        .getSingleResult();
  }

  private ChainVerification verifyLinked() {
    AuditChainHeadEntity head = em.find(AuditChainHeadEntity.class, AuditChainHeadEntity.ID);
    if (head == null) {
      throw new IllegalStateException("audit_chain_head has no row");
    }
    long last = head.lastSequence();
    ChainVerifier verifier = new ChainVerifier();
    long after = 0;
    boolean more = true;
    while (more) {
      List<AuditEntryEntity> page =
          em.createQuery(
                  "SELECT e FROM AuditEntryEntity e WHERE e.sequence > :after"
                      + " AND e.sequence <= :last ORDER BY e.sequence",
                  AuditEntryEntity.class)
              .setParameter("after", after)
              .setParameter("last", last)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntryEntity row : page) {
        if (!verifier.accept(row.toDomain())) {
          return verifier.finish();
        }
      }
      if (page.size() < PAGE) {
        more = false;
      } else {
        after = page.get(page.size() - 1).toDomain().sequence();
        em.clear();
      }
    }
    return verifier.finish(last, head.lastHash());
  }
}
