package nl.toeslagen.documents.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of a stored document. The bytes live in a file; {@code sha256} lets every read prove the
 * file is unchanged since it was stored.
 *
 * @param id document id (UUID)
 * @param ownerType what the document belongs to, e.g. {@code "OBJECTION"}
 * @param ownerId id of the owner, e.g. the case id
 * @param eventKey the event that produced the document; one document per owner and event
 * @param kind document kind, e.g. {@code "OBJECTION_ACKNOWLEDGEMENT"}
 * @param fileName file name offered on download, e.g. {@code "ontvangstbevestiging.pdf"}
 * @param storagePath path of the file relative to the data directory
 * @param sizeBytes size of the content
 * @param sha256 SHA-256 of the content, 64 lower-case hex digits
 * @param createdAt when the document was stored
 */
public record StoredDocument(
    String id,
    String ownerType,
    String ownerId,
    String eventKey,
    String kind,
    String fileName,
    String storagePath,
    long sizeBytes,
    String sha256,
    Instant createdAt) {

  public StoredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerType, "ownerType");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(eventKey, "eventKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(storagePath, "storagePath");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
