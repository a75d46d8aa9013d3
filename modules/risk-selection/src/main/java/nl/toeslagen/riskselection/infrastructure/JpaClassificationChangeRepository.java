package nl.toeslagen.riskselection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.riskselection.domain.ClassificationChange;
import nl.toeslagen.riskselection.domain.ClassificationChangeRepository;

/** Classification changes in {@code rs_classification_change}. */
@ApplicationScoped
public class JpaClassificationChangeRepository implements ClassificationChangeRepository {

  @PersistenceContext(unitName = "riskselection")
  EntityManager em;

  @Override
  public Optional<ClassificationChange> find(String id) {
    return Optional.ofNullable(em.find(ClassificationChangeEntity.class, id))
        .map(ClassificationChangeEntity::toDomain);
  }

  @Override
  public void save(ClassificationChange change) {
    ClassificationChangeEntity existing = em.find(ClassificationChangeEntity.class, change.id());
    if (existing == null) {
      em.persist(ClassificationChangeEntity.of(change));
    } else {
      existing.apply(change);
    }
    em.flush();
  }

  @Override
  public List<ClassificationChange> all() {
    return em
        .createQuery(
            "select c from ClassificationChangeEntity c order by c.proposedAt",
            ClassificationChangeEntity.class)
        .setMaxResults(1000)
        .getResultList()
        .stream()
        .map(ClassificationChangeEntity::toDomain)
        .toList();
  }

  @Override
  public List<ClassificationChange> approved() {
    return em
        .createQuery(
            "select c from ClassificationChangeEntity c where c.status = 'APPROVED'"
                + " order by c.decidedAt",
            ClassificationChangeEntity.class)
        .getResultList()
        .stream()
        .map(ClassificationChangeEntity::toDomain)
        .toList();
  }
}
