package nl.toeslagen.caselaw.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Adds a category's lock row, in a short transaction of its own. */
@ApplicationScoped
public class SignalCategoryLockRows {

  @PersistenceContext(unitName = "case-law")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void add(String category) {
    em.persist(new SignalCategoryLockEntity(category));
    em.flush();
  }
}
