package nl.toeslagen.fraudreview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;

/**
 * Signals in {@code fr_signal} / {@code fr_determination} (persistence unit {@code fraudreview}).
 */
@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  @PersistenceContext(unitName = "fraudreview")
  EntityManager em;

  @Override
  public Optional<Signal> find(SignalId id) {
    return Optional.ofNullable(em.find(SignalEntity.class, id.value())).map(SignalEntity::toDomain);
  }

  @Override
  public void save(Signal signal) {
    SignalEntity existing = em.find(SignalEntity.class, signal.id().value());
    if (existing == null) {
      em.persist(SignalEntity.of(signal));
    } else {
      existing.apply(signal);
    }
  }

  @Override
  public CaseNumber nextCaseNumber(int year) {
    // portable: H2 2.x and PostgreSQL both know nextval('name'); a sequence takes no row lock
    Number next =
        (Number) em.createNativeQuery("SELECT nextval('fr_case_number_seq')").getSingleResult();
    return new CaseNumber(CASE_NUMBER_PREFIX, year, next.longValue());
  }

  @Override
  public List<Signal> open() {
    return em
        .createQuery(
            "select s from SignalEntity s where s.phase <> :closed order by s.registeredAt",
            SignalEntity.class)
        .setParameter("closed", Phase.AFGESLOTEN)
        .getResultList()
        .stream()
        .map(SignalEntity::toDomain)
        .toList();
  }

  @Override
  public Optional<Signal> byCaseNumber(CaseNumber number) {
    return em
        .createQuery(
            "select s from SignalEntity s where s.caseNumber = :number", SignalEntity.class)
        .setParameter("number", number.toString())
        .getResultList()
        .stream()
        .findFirst()
        .map(SignalEntity::toDomain);
  }

  @Override
  public List<Signal> openFor(Bsn citizen) {
    return em
        .createQuery(
            "select s from SignalEntity s where s.bsn = :bsn and s.phase <> :closed"
                + " order by s.registeredAt",
            SignalEntity.class)
        .setParameter("bsn", citizen.value())
        .setParameter("closed", Phase.AFGESLOTEN)
        .getResultList()
        .stream()
        .map(SignalEntity::toDomain)
        .toList();
  }

  @Override
  public List<Signal> purgeable(LocalDate today) {
    return em
        .createQuery(
            "select s from SignalEntity s where s.phase = :closed and s.retentionDate < :today",
            SignalEntity.class)
        .setParameter("closed", Phase.AFGESLOTEN)
        .setParameter("today", today)
        .getResultList()
        .stream()
        .map(SignalEntity::toDomain)
        .toList();
  }

  @Override
  public void delete(SignalId id) {
    SignalEntity e = em.find(SignalEntity.class, id.value());
    if (e != null) {
      em.remove(e);
    }
  }
}
