package nl.toeslagen.documents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.documents.api.StoredDocument;

/** JPA mapping of {@code doc_document}. */
@Entity
@Table(
    name = "doc_document",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_doc_document_event",
            columnNames = {"owner_type", "owner_id", "event_key"}))
@NamedQuery(
    name = DocumentEntity.BY_EVENT,
    query =
        "SELECT d FROM DocumentEntity d WHERE d.ownerType = :ownerType AND d.ownerId = :ownerId"
            + " AND d.eventKey = :eventKey")
@NamedQuery(
    name = DocumentEntity.BY_OWNER,
    query =
        "SELECT d FROM DocumentEntity d WHERE d.ownerType = :ownerType AND d.ownerId = :ownerId"
            + " ORDER BY d.createdAt, d.id")
public class DocumentEntity {
  static final String BY_EVENT = "DocumentEntity.byEvent";
  static final String BY_OWNER = "DocumentEntity.byOwner";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "owner_type", length = 40, nullable = false)
  private String ownerType;

  @Column(name = "owner_id", length = 64, nullable = false)
  private String ownerId;

  @Column(name = "event_key", length = 120, nullable = false)
  private String eventKey;

  @Column(name = "kind", length = 60, nullable = false)
  private String kind;

  @Column(name = "file_name", length = 200, nullable = false)
  private String fileName;

  @Column(name = "storage_path", length = 300, nullable = false)
  private String storagePath;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DocumentEntity() {}

  static DocumentEntity from(StoredDocument d) {
    DocumentEntity e = new DocumentEntity();
    e.id = d.id();
    e.ownerType = d.ownerType();
    e.ownerId = d.ownerId();
    e.eventKey = d.eventKey();
    e.kind = d.kind();
    e.fileName = d.fileName();
    e.storagePath = d.storagePath();
    e.sizeBytes = d.sizeBytes();
    e.sha256 = d.sha256();
    e.createdAt = d.createdAt().atOffset(ZoneOffset.UTC);
    return e;
  }

  StoredDocument toDocument() {
    return new StoredDocument(
        id,
        ownerType,
        ownerId,
        eventKey,
        kind,
        fileName,
        storagePath,
        sizeBytes,
        sha256,
        createdAt.toInstant());
  }
}
