package nl.toeslagen.caselaw.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalEscalationStatus;
import nl.toeslagen.caselaw.domain.SignalEscalations;
import nl.toeslagen.kernel.CaseNumber;

/** Escalations in {@code cl_signal_escalation} (persistence unit {@code case-law}). */
@ApplicationScoped
public class JpaSignalEscalations implements SignalEscalations {

  static final String CASE_NUMBER_PREFIX = "SE";

  @PersistenceContext(unitName = "case-law")
  EntityManager em;

  @Override
  public Optional<SignalEscalation> find(SignalEscalationId id) {
    return Optional.ofNullable(em.find(SignalEscalationEntity.class, id.value()))
        .map(SignalEscalationEntity::toDomain);
  }

  @Override
  public void save(SignalEscalation s) {
    SignalEscalationEntity existing = em.find(SignalEscalationEntity.class, s.id().value());
    if (existing == null) {
      em.persist(SignalEscalationEntity.of(s));
    } else {
      existing.apply(s);
    }
    em.flush();
  }

  @Override
  public CaseNumber nextCaseNumber(int year) {
    Number next =
        (Number)
            em.createNativeQuery("SELECT nextval('cl_signal_escalation_number_seq')")
                .getSingleResult();
    return new CaseNumber(CASE_NUMBER_PREFIX, year, next.longValue());
  }

  @Override
  public Optional<String> categoryOf(SignalEscalationId id) {
    return em
        .createQuery(
            "select e.category from SignalEscalationEntity e where e.id = :id", String.class)
        .setParameter("id", id.value())
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<SignalEscalation> openFor(String category) {
    return em
        .createQuery(
            "select e from SignalEscalationEntity e where e.openCategory = :c",
            SignalEscalationEntity.class)
        .setParameter("c", category)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(SignalEscalationEntity::toDomain);
  }

  @Override
  public Map<String, SignalEscalationId> openByCategory() {
    Map<String, SignalEscalationId> open = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select e.openCategory, e.id from SignalEscalationEntity e"
                    + " where e.openCategory is not null",
                Object[].class)
            .getResultList()) {
      open.put((String) row[0], SignalEscalationId.of((String) row[1]));
    }
    return open;
  }

  @Override
  public List<SignalEscalation> list(
      SignalEscalationStatus status, String category, int offset, int limit) {
    TypedQuery<SignalEscalationEntity> q =
        bind(
            em.createQuery(
                "select e from SignalEscalationEntity e"
                    + where(status, category)
                    + " order by e.openedAt desc, e.caseNumber desc",
                SignalEscalationEntity.class),
            status,
            category);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(SignalEscalationEntity::toDomain)
        .toList();
  }

  @Override
  public long count(SignalEscalationStatus status, String category) {
    return bind(
            em.createQuery(
                "select count(e) from SignalEscalationEntity e" + where(status, category),
                Long.class),
            status,
            category)
        .getSingleResult();
  }

  private static String where(SignalEscalationStatus status, String category) {
    if (status != null && category != null) {
      return " where e.status = :status and e.category = :category";
    }
    if (status != null) {
      return " where e.status = :status";
    }
    return category != null ? " where e.category = :category" : "";
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> q, SignalEscalationStatus status, String category) {
    if (status != null) {
      q.setParameter("status", status.name());
    }
    if (category != null) {
      q.setParameter("category", category);
    }
    return q;
  }
}
