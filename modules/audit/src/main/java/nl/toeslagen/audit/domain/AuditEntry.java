package nl.toeslagen.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.toeslagen.audit.api.AuditEntryView;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;

/**
 * A link in the audit hash chain: the stored form of an entry. {@code entryHash} is the SHA-256 of
 * the {@linkplain CanonicalForm canonical form}, which includes {@code prevHash}.
 */
public record AuditEntry(
    long sequence,
    Instant occurredAt,
    String actor,
    String role,
    String action,
    String objectType,
    String objectId,
    Outcome outcome,
    String legalBasis,
    String reasons,
    String correlationId,
    String prevHash,
    String entryHash) {

  /** Longest reasons text stored; longer text is cut and ends with an ellipsis. */
  public static final int MAX_REASONS = 4000;

  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurredAt");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Creates the next link of the chain for an event: normalises the time to UTC milliseconds and
   * computes the entry hash over the canonical form (including the previous hash).
   */
  public static AuditEntry append(
      long sequence, Instant occurredAt, AuditEvent event, String correlationId, String prevHash) {
    return unlinked(occurredAt, event, correlationId).linkedAs(sequence, prevHash);
  }

  /**
   * An entry as recorded in the caller's transaction, not yet part of the chain: no sequence number
   * ({@code 0}) and no hashes. The sequencer links it later with {@link #linkedAs}.
   */
  public static AuditEntry unlinked(Instant occurredAt, AuditEvent event, String correlationId) {
    Objects.requireNonNull(event, "event");
    requireText(event.actor(), "actor");
    requireText(event.action(), "action");
    requireText(event.objectType(), "objectType");
    requireText(event.objectId(), "objectId");
    Objects.requireNonNull(event.outcome(), "outcome");
    return new AuditEntry(
        0,
        occurredAt,
        event.actor(),
        event.role(),
        event.action(),
        event.objectType(),
        event.objectId(),
        event.outcome(),
        event.legalBasis(),
        limit(event.reasons()),
        correlationId,
        null,
        null);
  }

  /** Whether this entry has been given its place in the chain. */
  public boolean isLinked() {
    return sequence >= 1 && entryHash != null;
  }

  /**
   * This (unlinked) entry as link {@code sequence} of the chain, after the entry whose hash is
   * {@code prevHash}; the entry hash is computed over the canonical form.
   *
   * @throws IllegalStateException when the entry is already linked
   */
  public AuditEntry linkedAs(long sequence, String prevHash) {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1");
    }
    Objects.requireNonNull(prevHash, "prevHash");
    if (isLinked()) {
      throw new IllegalStateException("audit entry " + this.sequence + " is already linked");
    }
    AuditEntry unhashed =
        new AuditEntry(
            sequence,
            occurredAt,
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
            null);
    return unhashed.withEntryHash(unhashed.computeHash());
  }

  /** SHA-256 (hex) of this entry's canonical form, ignoring the stored {@code entryHash}. */
  public String computeHash() {
    return Hashing.sha256Hex(CanonicalForm.of(this));
  }

  /** Whether the stored hash matches the recomputed hash. */
  public boolean hashMatches() {
    return computeHash().equals(entryHash);
  }

  public AuditEntry withEntryHash(String hash) {
    return new AuditEntry(
        sequence,
        occurredAt,
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
        hash);
  }

  public AuditEntryView toView() {
    return new AuditEntryView(
        sequence,
        occurredAt,
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

  private static String limit(String reasons) {
    return reasons == null || reasons.length() <= MAX_REASONS
        ? reasons
        : reasons.substring(0, MAX_REASONS - 1) + "\u2026";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("audit event needs " + name);
    }
  }
}
