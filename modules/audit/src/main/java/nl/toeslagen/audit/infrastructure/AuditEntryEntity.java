package nl.toeslagen.audit.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.audit.domain.AuditEntry;

/**
 * Row of {@code audit_entry}. Insert-only: there are no setters and the database forbids changes.
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
public class AuditEntryEntity {

  @Id
  @Column(name = "sequence_no", nullable = false, updatable = false)
  private long sequence;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "role", updatable = false, length = 200)
  private String role;

  @Column(name = "action", nullable = false, updatable = false, length = 100)
  private String action;

  @Column(name = "object_type", nullable = false, updatable = false, length = 60)
  private String objectType;

  @Column(name = "object_id", nullable = false, updatable = false, length = 100)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 10)
  private Outcome outcome;

  @Column(name = "legal_basis", updatable = false, length = 200)
  private String legalBasis;

  @Column(name = "reasons", updatable = false, length = 4000)
  private String reasons;

  @Column(name = "correlation_id", updatable = false, length = 100)
  private String correlationId;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
  private String entryHash;

  protected AuditEntryEntity() {}

  static AuditEntryEntity from(AuditEntry e) {
    AuditEntryEntity row = new AuditEntryEntity();
    row.sequence = e.sequence();
    row.occurredAt = e.occurredAt().atOffset(ZoneOffset.UTC);
    row.actor = e.actor();
    row.role = e.role();
    row.action = e.action();
    row.objectType = e.objectType();
    row.objectId = e.objectId();
    row.outcome = e.outcome();
    row.legalBasis = e.legalBasis();
    row.reasons = e.reasons();
    row.correlationId = e.correlationId();
    row.prevHash = e.prevHash();
    row.entryHash = e.entryHash();
    return row;
  }

  AuditEntry toDomain() {
    return new AuditEntry(
        sequence,
        occurredAt.toInstant(),
        actor,
        role,
        action,
        objectType,
        objectId,
        outcome,
        legalBasis,
        reasons,
        correlationId,
        prevHash,
        entryHash);
  }
}
