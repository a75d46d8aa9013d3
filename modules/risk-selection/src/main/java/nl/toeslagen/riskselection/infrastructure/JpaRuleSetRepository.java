package nl.toeslagen.riskselection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.RuleSetStatus;

/** Rule sets in {@code rs_rule_set} (persistence unit {@code riskselection}). */
@ApplicationScoped
public class JpaRuleSetRepository implements RuleSetRepository {

  @PersistenceContext(unitName = "riskselection")
  EntityManager em;

  @Override
  public Optional<RuleSet> find(RuleSetId id) {
    return Optional.ofNullable(em.find(RuleSetEntity.class, id.value()))
        .map(RuleSetEntity::toDomain);
  }

  @Override
  public void save(RuleSet ruleSet) {
    RuleSetEntity existing = em.find(RuleSetEntity.class, ruleSet.id().value());
    if (existing == null) {
      em.persist(RuleSetEntity.of(ruleSet));
    } else {
      existing.apply(ruleSet);
    }
    em.flush();
  }

  @Override
  public List<RuleSet> all() {
    return em
        .createQuery(
            "select r from RuleSetEntity r order by r.createdAt desc, r.versionNumber desc",
            RuleSetEntity.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(RuleSetEntity::toDomain)
        .toList();
  }

  @Override
  public java.util.OptionalInt latestVersion(String name) {
    Number latest =
        em.createQuery(
                "select max(r.versionNumber) from RuleSetEntity r where r.name = :name",
                Number.class)
            .setParameter("name", name)
            .getSingleResult();
    return latest == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(latest.intValue());
  }

  @Override
  public List<RuleSet> withStatus(RuleSetStatus status) {
    return em
        .createQuery(
            "select r from RuleSetEntity r where r.status = :status order by r.name, r.versionNumber",
            RuleSetEntity.class)
        .setParameter("status", status.name())
        .getResultList()
        .stream()
        .map(RuleSetEntity::toDomain)
        .toList();
  }
}
