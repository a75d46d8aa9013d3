package nl.toeslagen.documents.domain;

import nl.toeslagen.kernel.ConflictException;

/**
 * A document for this owner and event was stored at the same moment by someone else (the unique key
 * of {@code doc_document} refused the second one). Retrying returns the existing document.
 */
public class DuplicateDocumentException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public DuplicateDocumentException(String ownerType, String ownerId, String eventKey) {
    super(
        "Voor "
            + ownerType
            + " "
            + ownerId
            + " wordt al een document voor gebeurtenis "
            + eventKey
            + " gemaakt. Probeer het opnieuw.",
        "A document for event "
            + eventKey
            + " of "
            + ownerType
            + " "
            + ownerId
            + " is being stored already. Please try again.");
  }
}
