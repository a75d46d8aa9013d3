package nl.toeslagen.hardship.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.PolicySignalCategory;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;

/** Hardship requests in {@code hs_request} (persistence unit {@code hardship}). */
@ApplicationScoped
public class JpaHardshipRequests implements HardshipRequests {

  static final String CASE_NUMBER_PREFIX = "HH";

  @PersistenceContext(unitName = "hardship")
  EntityManager em;

  @Override
  public Optional<HardshipRequest> find(HardshipRequestId id) {
    return Optional.ofNullable(em.find(HardshipRequestEntity.class, id.value()))
        .map(HardshipRequestEntity::toDomain);
  }

  @Override
  public void save(HardshipRequest r) {
    HardshipRequestEntity existing = em.find(HardshipRequestEntity.class, r.id().value());
    if (existing == null) {
      em.persist(HardshipRequestEntity.of(r));
    } else {
      existing.apply(r);
    }
    em.flush();
  }

  @Override
  public CaseNumber nextCaseNumber(int year) {
    // portable: H2 2.x and PostgreSQL both know nextval('name'); a sequence takes no row lock
    Number next =
        (Number) em.createNativeQuery("SELECT nextval('hs_case_number_seq')").getSingleResult();
    return new CaseNumber(CASE_NUMBER_PREFIX, year, next.longValue());
  }

  @Override
  public Optional<HardshipRequest> openAbout(String recoveryReference) {
    return em
        .createQuery(
            "select r from HardshipRequestEntity r where r.recoveryReference = :ref and r.open = true",
            HardshipRequestEntity.class)
        .setParameter("ref", recoveryReference.strip())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(HardshipRequestEntity::toDomain);
  }

  @Override
  public Optional<HardshipRequest> byCaseNumber(CaseNumber number) {
    return em
        .createQuery(
            "select r from HardshipRequestEntity r where r.caseNumber = :n",
            HardshipRequestEntity.class)
        .setParameter("n", number.toString())
        .getResultList()
        .stream()
        .findFirst()
        .map(HardshipRequestEntity::toDomain);
  }

  @Override
  public List<HardshipRequest> of(Bsn citizen) {
    return em
        .createQuery(
            "select r from HardshipRequestEntity r where r.bsnHash = :h order by r.registeredAt desc",
            HardshipRequestEntity.class)
        .setParameter("h", citizen.lookupHash())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(HardshipRequestEntity::toDomain)
        .toList();
  }

  @Override
  public List<HardshipRequest> list(HardshipStatus status, int offset, int limit) {
    var query =
        status == null
            ? em.createQuery(
                "select r from HardshipRequestEntity r order by r.registeredAt desc, r.caseNumber desc",
                HardshipRequestEntity.class)
            : em.createQuery(
                    "select r from HardshipRequestEntity r where r.status = :s"
                        + " order by r.registeredAt desc, r.caseNumber desc",
                    HardshipRequestEntity.class)
                .setParameter("s", status.name());
    return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(HardshipRequestEntity::toDomain)
        .toList();
  }

  @Override
  public long count(HardshipStatus status) {
    return status == null
        ? em.createQuery("select count(r) from HardshipRequestEntity r", Long.class)
            .getSingleResult()
        : em.createQuery(
                "select count(r) from HardshipRequestEntity r where r.status = :s", Long.class)
            .setParameter("s", status.name())
            .getSingleResult();
  }

  @Override
  public List<HardshipRequest> open(int limit) {
    return em
        .createQuery(
            "select r from HardshipRequestEntity r where r.open = true order by r.registeredAt",
            HardshipRequestEntity.class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(HardshipRequestEntity::toDomain)
        .toList();
  }

  @Override
  public Map<PolicySignalCategory, Long> policySignalCounts() {
    Map<PolicySignalCategory, Long> counts = new EnumMap<>(PolicySignalCategory.class);
    List<Object[]> rows =
        em.createQuery(
                "select r.policySignal, count(r) from HardshipRequestEntity r"
                    + " where r.policySignal is not null group by r.policySignal",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(PolicySignalCategory.valueOf((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
