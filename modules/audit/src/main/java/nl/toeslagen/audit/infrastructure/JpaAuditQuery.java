package nl.toeslagen.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.AuditPage;
import nl.toeslagen.audit.api.AuditQuery;
import nl.toeslagen.audit.api.AuditSearchCriteria;

/**
 * Searches the linked entries of {@code audit_entry} (an entry is linked right after its
 * transaction commits, before the request answers). Runs outside transactions, so read entities
 * never pile up.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class JpaAuditQuery implements AuditQuery {

  static final int STREAM_PAGE = 500;

  @PersistenceContext(unitName = "audit")
  EntityManager em;

  @Override
  public AuditPage search(AuditSearchCriteria c) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntryEntity> countRoot = count.from(AuditEntryEntity.class);
    count.select(cb.count(countRoot)).where(filters(cb, countRoot, c, null));
    long total = em.createQuery(count).getSingleResult();

    List<AuditEntryView> entries =
        fetch(c, null, c.page() * c.size(), c.size()).stream()
            .map(e -> e.toDomain().toView())
            .toList();
    return new AuditPage(entries, total, c.page(), c.size());
  }

  @Override
  public List<AuditEntryView> forObject(String objectType, String objectId) {
    List<AuditEntryView> result = new ArrayList<>();
    forEachMatching(AuditSearchCriteria.forObject(objectType, objectId), result::add);
    return result;
  }

  @Override
  public Optional<AuditEntryView> bySequence(long sequence) {
    return em
        .createQuery(
            "SELECT e FROM AuditEntryEntity e WHERE e.sequence = :sequence", AuditEntryEntity.class)
        .setParameter("sequence", sequence)
        .getResultList()
        .stream()
        .findFirst()
        .map(e -> e.toDomain().toView());
  }

  @Override
  public void forEachMatching(AuditSearchCriteria c, Consumer<AuditEntryView> consumer) {
    Long after = null;
    while (true) {
      List<AuditEntryEntity> page = fetch(c, after, 0, STREAM_PAGE);
      for (AuditEntryEntity row : page) {
        AuditEntryView view = row.toDomain().toView();
        consumer.accept(view);
        after = view.sequence();
      }
      if (page.size() < STREAM_PAGE) {
        return;
      }
    }
  }

  /**
   * Keyset paging: {@code after} is the last sequence seen (exclusive), in the criteria's order.
   */
  private List<AuditEntryEntity> fetch(AuditSearchCriteria c, Long after, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntryEntity> q = cb.createQuery(AuditEntryEntity.class);
    Root<AuditEntryEntity> root = q.from(AuditEntryEntity.class);
    q.select(root)
        .where(filters(cb, root, c, after))
        .orderBy(
            c.ascending()
                ? cb.asc(root.<Long>get("sequence"))
                : cb.desc(root.<Long>get("sequence")));
    return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<AuditEntryEntity> root, AuditSearchCriteria c, Long after) {
    List<Predicate> p = new ArrayList<>();
    p.add(cb.isNotNull(root.get("sequence")));
    if (c.objectType() != null) {
      p.add(cb.equal(root.get("objectType"), c.objectType()));
    }
    if (c.objectId() != null) {
      p.add(cb.equal(root.get("objectId"), c.objectId()));
    }
    if (c.actor() != null) {
      p.add(cb.equal(root.get("actor"), c.actor()));
    }
    if (c.action() != null) {
      p.add(cb.equal(root.get("action"), c.action()));
    }
    if (c.from() != null) {
      p.add(
          cb.greaterThanOrEqualTo(
              root.<java.time.OffsetDateTime>get("occurredAt"), c.from().atOffset(ZoneOffset.UTC)));
    }
    if (c.to() != null) {
      p.add(
          cb.lessThan(
              root.<java.time.OffsetDateTime>get("occurredAt"), c.to().atOffset(ZoneOffset.UTC)));
    }
    if (after != null) {
      p.add(
          c.ascending()
              ? cb.greaterThan(root.<Long>get("sequence"), after)
              : cb.lessThan(root.<Long>get("sequence"), after));
    }
    return p.toArray(Predicate[]::new);
  }
}
