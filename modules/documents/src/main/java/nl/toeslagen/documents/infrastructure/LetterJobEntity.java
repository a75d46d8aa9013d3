package nl.toeslagen.documents.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Row of {@code doc_letter_job}: a composed letter waiting to be rendered and stored. Fields are
 * set directly only before the row is persisted; later changes go through the methods below, so
 * that EclipseLink's woven change tracking sees them.
 */
@Entity
@Table(name = "doc_letter_job")
@NamedQuery(
    name = LetterJobEntity.BY_EVENT,
    query =
        "SELECT j FROM LetterJobEntity j WHERE j.ownerType = :ownerType AND j.ownerId = :ownerId"
            + " AND j.eventKey = :eventKey")
@NamedQuery(
    name = LetterJobEntity.PENDING,
    query =
        "SELECT j.id FROM LetterJobEntity j WHERE j.status = 'PENDING' AND j.attempts < :max"
            + " ORDER BY j.createdAt")
public class LetterJobEntity {

  public static final String BY_EVENT = "LetterJobEntity.byEvent";
  public static final String PENDING = "LetterJobEntity.pending";

  @Id
  @Column(name = "id", nullable = false, length = 36)
  public String id;

  @Column(name = "owner_type", nullable = false, length = 40)
  public String ownerType;

  @Column(name = "owner_id", nullable = false, length = 64)
  public String ownerId;

  @Column(name = "event_key", nullable = false, length = 120)
  public String eventKey;

  @Column(name = "file_name", nullable = false, length = 200)
  public String fileName;

  @Column(name = "letter_json", nullable = false, length = 1000000)
  public String letterJson;

  @Column(name = "audit_action", nullable = false, length = 100)
  public String auditAction;

  @Column(name = "audit_basis", length = 200)
  public String auditBasis;

  @Column(name = "audit_reasons", length = 4000)
  public String auditReasons;

  @Column(name = "status", nullable = false, length = 10)
  public String status;

  @Column(name = "attempts", nullable = false)
  public int attempts;

  @Column(name = "last_error", length = 1000)
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "document_id", length = 36)
  public String documentId;

  /** The letter is stored as this document: the job is done. */
  public void markDone(String document) {
    this.status = "DONE";
    this.documentId = document;
  }

  /** One more failed attempt; after {@code maxAttempts} the job is given up ({@code FAILED}). */
  public void failedAttempt(String error, int maxAttempts) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      this.status = "FAILED";
    }
  }
}
