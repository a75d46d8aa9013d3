package nl.toeslagen.documents.domain;

import nl.toeslagen.kernel.DomainException;

/**
 * The stored file of a document is missing or no longer matches the SHA-256 recorded when it was
 * stored. The content is withheld: a changed letter must never be handed out as the original.
 */
public class DocumentIntegrityException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String documentId;

  public DocumentIntegrityException(String documentId, String detailEn) {
    super(
        "Document "
            + documentId
            + " is gewijzigd of ontbreekt en wordt daarom niet getoond. Neem contact op met"
            + " beheer.",
        "Document "
            + documentId
            + " was changed or is missing and is therefore withheld ("
            + detailEn
            + "). Contact the administrators.");
    this.documentId = documentId;
  }

  public String documentId() {
    return documentId;
  }
}
