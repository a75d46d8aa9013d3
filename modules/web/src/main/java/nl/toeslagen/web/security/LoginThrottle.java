package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Failed logins per account name, in the database so that every node sees the same count ({@link
 * LoginThrottlePolicy} decides). Each call is a short transaction of its own.
 */
@ApplicationScoped
public class LoginThrottle {

  /** Longer names are cut to this length (the column's), so each still has one row. */
  static final int MAX_NAME = 64;

  /** Rows of names that last failed this long ago are removed when a new name fails. */
  static final Duration KEEP = Duration.ofDays(1);

  @PersistenceContext(unitName = "web")
  EntityManager em;

  @Inject Clock clock;

  /** Time left on this name's lock, zero when it may try to log in. */
  @Transactional(TxType.REQUIRES_NEW)
  public Duration lockedFor(String userName) {
    LoginThrottleRecord row = em.find(LoginThrottleRecord.class, key(userName));
    return row == null ? Duration.ZERO : row.state().lockedFor(clock.instant());
  }

  /** Counts a failed login; returns the lock it caused (zero when none). */
  @Transactional(TxType.REQUIRES_NEW)
  public Duration failed(String userName) {
    Instant now = clock.instant();
    String key = key(userName);
    LoginThrottleRecord row =
        em.find(LoginThrottleRecord.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      em.createQuery(
              "delete from LoginThrottleRecord r where r.lastFailureAt < :before"
                  + " and (r.lockedUntil is null or r.lockedUntil < :now)")
          .setParameter("before", OffsetDateTime.ofInstant(now.minus(KEEP), ZoneOffset.UTC))
          .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
          .executeUpdate();
      row = new LoginThrottleRecord(key);
      em.persist(row);
    }
    LoginThrottlePolicy.State next = LoginThrottlePolicy.afterFailure(row.state(), now);
    row.apply(next);
    return next.lockedFor(now);
  }

  /** A successful login: the name starts afresh. */
  @Transactional(TxType.REQUIRES_NEW)
  public void succeeded(String userName) {
    LoginThrottleRecord row = em.find(LoginThrottleRecord.class, key(userName));
    if (row != null) {
      em.remove(row);
    }
  }

  static String key(String userName) {
    String name = userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
  }
}
