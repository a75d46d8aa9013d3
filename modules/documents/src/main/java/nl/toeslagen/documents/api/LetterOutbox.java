package nl.toeslagen.documents.api;

import java.util.Objects;

/**
 * Sends a letter of a case: queued in the caller's transaction and rendered and stored after it
 * commits, exactly once per owner and event (ADR 0011).
 */
public interface LetterOutbox {

  /** Placeholder in {@link AuditNote#reasons()} for the id of the stored letter. */
  String DOCUMENT = "{document}";

  /** The audit entry written when the letter has been stored (as actor "systeem"). */
  record AuditNote(String action, String legalBasis, String reasons) {
    public AuditNote {
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * Queues a letter for an event of an owner; nothing happens when that event already has a letter
   * (stored or queued). A draft ({@link Letter#asDraft()}) is refused: it is only ever a preview.
   *
   * @return true when queued now, false when the event already had its letter
   */
  boolean send(
      String ownerType,
      String ownerId,
      String eventKey,
      String fileName,
      Letter letter,
      AuditNote audit);
}
