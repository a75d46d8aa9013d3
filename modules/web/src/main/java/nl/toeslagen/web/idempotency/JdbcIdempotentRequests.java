package nl.toeslagen.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.IdempotentRequests;

/**
 * The idempotency keys in table {@code web_idempotent_request}, by native SQL on the web
 * persistence unit: one row per (user, operation, key), inserted and flushed at once so that a
 * concurrent request with the same key meets the primary key before it writes anything else.
 */
@ApplicationScoped
public class JdbcIdempotentRequests implements IdempotentRequests {

  @PersistenceContext(unitName = "web")
  EntityManager em;

  @Inject ActorProvider actors;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> firstResult(Idempotency idempotency) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_hash, result_id FROM web_idempotent_request"
                    + " WHERE actor = ?1 AND operation = ?2 AND idempotency_key = ?3")
            .setParameter(1, actors.current().userName())
            .setParameter(2, idempotency.operation())
            .setParameter(3, idempotency.key())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    if (!idempotency.requestHash().equals(String.valueOf(row[0]).trim())) {
      throw new ConflictException(
          "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw"
              + " verzoek een nieuwe sleutel.",
          "This Idempotency-Key was already used for another request. Use a new key for every new"
              + " request.");
    }
    return Optional.of(String.valueOf(row[1]));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Idempotency idempotency, String resultId) {
    try {
      em.createNativeQuery(
              "INSERT INTO web_idempotent_request (actor, operation, idempotency_key,"
                  + " request_hash, result_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, actors.current().userName())
          .setParameter(2, idempotency.operation())
          .setParameter(3, idempotency.key())
          .setParameter(4, idempotency.requestHash())
          .setParameter(5, resultId)
          .setParameter(6, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
          .executeUpdate();
    } catch (PersistenceException e) {
      // the primary key: another request with this key got there first (and may still run)
      throw new DuplicateRequestException(e);
    }
  }
}
