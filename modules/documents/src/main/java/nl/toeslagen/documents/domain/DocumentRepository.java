package nl.toeslagen.documents.domain;

import java.util.List;
import java.util.Optional;
import nl.toeslagen.documents.api.StoredDocument;

/** Where document metadata is kept (table {@code doc_document}). */
public interface DocumentRepository {

  Optional<StoredDocument> findById(String id);

  /** The document produced for one event of one owner, if any. */
  Optional<StoredDocument> findByEvent(String ownerType, String ownerId, String eventKey);

  /** All documents of one owner, oldest first. */
  List<StoredDocument> findByOwner(String ownerType, String ownerId);

  /**
   * Adds the metadata and writes it to the database at once, so that a second document for the same
   * owner and event fails here.
   *
   * @throws DuplicateDocumentException when a document for the same owner and event exists
   */
  void insert(StoredDocument document);

  /** Removes the metadata of a document; does nothing when it does not exist. */
  void delete(String id);
}
