package nl.toeslagen.audit.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row of {@code audit_chain_head}: the last sequence number and hash. Writers lock it
 * ({@code PESSIMISTIC_WRITE}) before appending, so appends are serialised and the chain never
 * forks.
 */
@Entity
@Table(name = "audit_chain_head")
@Cacheable(false)
public class AuditChainHeadEntity {

  static final int ID = 1;

  @Id
  @Column(name = "id", nullable = false)
  private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHeadEntity() {}

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long sequence, String hash) {
    if (sequence != lastSequence + 1) {
      throw new IllegalStateException("audit chain head must advance by one");
    }
    this.lastSequence = sequence;
    this.lastHash = hash;
  }
}
