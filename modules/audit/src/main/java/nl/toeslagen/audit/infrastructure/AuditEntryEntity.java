package nl.toeslagen.audit.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.audit.domain.AuditEntry;

/**
 * Row of {@code audit_entry}. Recorded unlinked (no sequence number, no hashes) in the caller's
 * transaction; the sequencer then links it exactly once ({@link #link}). Nothing else ever changes:
 * on PostgreSQL a trigger allows only that one update.
 */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
public class AuditEntryEntity {

  /** Assigned by the database on insert (rows are inserted by {@link JpaAuditLog}, not JPA). */
  @Id
  @Column(name = "entry_id", nullable = false, updatable = false)
  private Long entryId;

  /** Null until linked. */
  @Column(name = "sequence_no")
  private Long sequence;

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

  @Column(name = "prev_hash", length = 64)
  private String prevHash;

  @Column(name = "entry_hash", length = 64)
  private String entryHash;

  protected AuditEntryEntity() {}

  Long entryId() {
    return entryId;
  }

  boolean isLinked() {
    return sequence != null;
  }

  /** Gives the unlinked row its place in the chain: the one change a row ever sees. */
  void link(AuditEntry linked) {
    if (sequence != null) {
      throw new IllegalStateException("audit entry " + entryId + " is already linked");
    }
    this.sequence = linked.sequence();
    this.prevHash = linked.prevHash();
    this.entryHash = linked.entryHash();
  }

  AuditEntry toDomain() {
    return new AuditEntry(
        sequence == null ? 0 : sequence,
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
