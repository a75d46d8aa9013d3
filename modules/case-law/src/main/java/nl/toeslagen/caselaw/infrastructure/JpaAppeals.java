package nl.toeslagen.caselaw.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealStatus;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.CaseNumber;

/** Appeals in {@code cl_appeal} (persistence unit {@code case-law}). */
@ApplicationScoped
public class JpaAppeals implements Appeals {

  static final String CASE_NUMBER_PREFIX = "BR";

  @PersistenceContext(unitName = "case-law")
  EntityManager em;

  @Override
  public Optional<Appeal> find(AppealId id) {
    return Optional.ofNullable(em.find(AppealEntity.class, id.value())).map(AppealEntity::toDomain);
  }

  @Override
  public void save(Appeal a) {
    AppealEntity existing = em.find(AppealEntity.class, a.id().value());
    if (existing == null) {
      em.persist(AppealEntity.of(a));
    } else {
      existing.apply(a);
    }
    em.flush();
  }

  @Override
  public CaseNumber nextCaseNumber(int year) {
    // portable: H2 2.x and PostgreSQL both know nextval('name'); a sequence takes no row lock
    Number next =
        (Number)
            em.createNativeQuery("SELECT nextval('cl_appeal_case_number_seq')").getSingleResult();
    return new CaseNumber(CASE_NUMBER_PREFIX, year, next.longValue());
  }

  @Override
  public List<Appeal> list(String objectionId, AppealStatus status, int offset, int limit) {
    TypedQuery<AppealEntity> q =
        em.createQuery(
            "select a from AppealEntity a"
                + where(objectionId, status)
                + " order by a.registeredAt desc, a.caseNumber desc",
            AppealEntity.class);
    bind(q, objectionId, status);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(AppealEntity::toDomain)
        .toList();
  }

  @Override
  public long count(String objectionId, AppealStatus status) {
    TypedQuery<Long> q =
        em.createQuery(
            "select count(a) from AppealEntity a" + where(objectionId, status), Long.class);
    bind(q, objectionId, status);
    return q.getSingleResult();
  }

  private static String where(String objectionId, AppealStatus status) {
    if (objectionId != null && status != null) {
      return " where a.objectionId = :o and a.status = :s";
    }
    if (objectionId != null) {
      return " where a.objectionId = :o";
    }
    return status != null ? " where a.status = :s" : "";
  }

  private static void bind(TypedQuery<?> q, String objectionId, AppealStatus status) {
    if (objectionId != null) {
      q.setParameter("o", objectionId);
    }
    if (status != null) {
      q.setParameter("s", status.name());
    }
  }
}
