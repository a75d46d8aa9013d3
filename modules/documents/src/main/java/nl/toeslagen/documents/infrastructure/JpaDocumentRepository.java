package nl.toeslagen.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.domain.DocumentRepository;
import nl.toeslagen.documents.domain.DuplicateDocumentException;

/** {@link DocumentRepository} on the {@code documents} persistence unit. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "documents")
  EntityManager em;

  /** For CDI. */
  public JpaDocumentRepository() {}

  /** With an entity manager of one's own (tests, batch tools). */
  public JpaDocumentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<StoredDocument> findById(String id) {
    return Optional.ofNullable(em.find(DocumentEntity.class, id)).map(DocumentEntity::toDocument);
  }

  @Override
  public Optional<StoredDocument> findByEvent(String ownerType, String ownerId, String eventKey) {
    return em.createNamedQuery(DocumentEntity.BY_EVENT, DocumentEntity.class)
        .setParameter("ownerType", ownerType)
        .setParameter("ownerId", ownerId)
        .setParameter("eventKey", eventKey)
        .getResultStream()
        .findFirst()
        .map(DocumentEntity::toDocument);
  }

  @Override
  public List<StoredDocument> findByOwner(String ownerType, String ownerId) {
    return em.createNamedQuery(DocumentEntity.BY_OWNER, DocumentEntity.class)
        .setParameter("ownerType", ownerType)
        .setParameter("ownerId", ownerId)
        .getResultStream()
        .map(DocumentEntity::toDocument)
        .toList();
  }

  @Override
  public void insert(StoredDocument document) {
    try {
      em.persist(DocumentEntity.from(document));
      em.flush();
    } catch (PersistenceException e) {
      // The unique key (owner_type, owner_id, event_key) is the backstop against a concurrent
      // store of the same event; anything else is not ours to interpret.
      if (isUniqueViolation(e)) {
        throw new DuplicateDocumentException(
            document.ownerType(), document.ownerId(), document.eventKey());
      }
      throw e;
    }
  }

  @Override
  public void delete(String id) {
    DocumentEntity entity = em.find(DocumentEntity.class, id);
    if (entity != null) {
      em.remove(entity);
      em.flush();
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        // SQLState class 23 = integrity constraint violation (23505 unique on H2 and PostgreSQL).
        String state = sql.getSQLState();
        if (state != null && state.startsWith("23")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
