package nl.toeslagen.caselaw.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.caselaw.domain.SignalCategoryLocks;

/**
 * The category locks as rows of {@code cl_signal_category_lock} read {@code PESSIMISTIC_WRITE}
 * ({@code SELECT ... FOR UPDATE}). The migration adds a row for every category shipped; a category
 * added to the data later gets its row the first time it is locked ({@link SignalCategoryLockRows},
 * in a transaction of its own: two nodes adding it at once, one of them fails and reads the
 * other's).
 */
@ApplicationScoped
public class JpaSignalCategoryLocks implements SignalCategoryLocks {

  private static final Logger LOG = Logger.getLogger(JpaSignalCategoryLocks.class.getName());

  @PersistenceContext(unitName = "case-law")
  EntityManager em;

  @Inject SignalCategoryLockRows rows;

  @Override
  public void lock(String category) {
    if (locked(category)) {
      return;
    }
    try {
      rows.add(category);
    } catch (RuntimeException e) {
      // added by another transaction at the same time: its row is there now
      LOG.log(Level.FINE, e, () -> "Lock row of signal category " + category + " added elsewhere");
    }
    if (!locked(category)) {
      throw new IllegalStateException("no lock row for signal category " + category);
    }
  }

  private boolean locked(String category) {
    return em.find(SignalCategoryLockEntity.class, category, LockModeType.PESSIMISTIC_WRITE)
        != null;
  }
}
