package nl.toeslagen.documents.api;

import java.util.List;
import java.util.Optional;

/**
 * The stored letters of a case, as other modules may use them: list, find, read and delete (the
 * retention purge). Implemented by the documents module; reads and deletions are audited there.
 */
public interface DocumentArchive {

  /** The documents of one owner (e.g. {@code OBJECTION} and its id), oldest first. */
  List<StoredDocument> forOwner(String ownerType, String ownerId);

  Optional<StoredDocument> find(String id);

  /** The document's bytes, checked against the stored hash. */
  byte[] content(String id);

  /** Deletes the document and its file, with the legal basis and reason in the audit trail. */
  void delete(String id, String actor, String legalBasis, String reason);
}
