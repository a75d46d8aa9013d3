package nl.toeslagen.audit.domain;

import nl.toeslagen.audit.api.ChainVerification;

/**
 * Recomputes the hash chain over stored entries given in sequence order, one at a time (so it can
 * run over a stream or page by page), and reports the FIRST break:
 *
 * <ul>
 *   <li>a missing entry (a gap in the sequence numbers, or a chain not starting at 1);
 *   <li>entries out of order (swapped) or duplicated;
 *   <li>an entry whose prev_hash does not match the previous entry's hash (reordered or re-linked)
 *       or, for entry 1, the genesis hash;
 *   <li>an entry whose content was changed (its entry_hash does not match the recomputed hash);
 *   <li>optionally, a last entry that does not match the chain head (entries cut off at the end).
 * </ul>
 *
 * <p>Not thread-safe; use one instance per verification.
 */
public final class ChainVerifier {

  private long checked;
  private AuditEntry previous;
  private AuditEntry pendingAfterGap;
  private long pendingExpected;
  private ChainVerification broken;

  /** Verifies a complete, ordered sequence of entries. */
  public static ChainVerification verify(Iterable<AuditEntry> entries) {
    ChainVerifier verifier = new ChainVerifier();
    for (AuditEntry entry : entries) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.finish();
  }

  /**
   * Checks the next entry.
   *
   * @return false once a break has been found (further entries are not needed)
   */
  public boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    checked++;
    if (pendingAfterGap != null) {
      resolveGap(entry);
      return false;
    }
    long expected = previous == null ? 1 : previous.sequence() + 1;
    if (entry.sequence() > expected) {
      // Either entries are missing or the expected one comes later (swapped): look one ahead.
      pendingAfterGap = entry;
      pendingExpected = expected;
      return true;
    }
    if (entry.sequence() < expected) {
      if (previous == null) {
        return fail(entry.sequence(), "entry has invalid sequence number " + entry.sequence());
      }
      if (entry.sequence() == previous.sequence()) {
        return fail(entry.sequence(), "entry " + entry.sequence() + " appears twice");
      }
      return fail(
          entry.sequence(),
          "entry "
              + entry.sequence()
              + " appears after entry "
              + previous.sequence()
              + ": entries are out of order");
    }
    String expectedPrev = previous == null ? Hashing.GENESIS_HASH : previous.entryHash();
    if (!expectedPrev.equals(entry.prevHash())) {
      if (previous == null) {
        return fail(entry.sequence(), "entry 1 does not link to the genesis hash");
      }
      return fail(
          entry.sequence(),
          "entry "
              + entry.sequence()
              + " does not link to entry "
              + previous.sequence()
              + " (prev_hash mismatch): entries were reordered or re-linked");
    }
    if (!entry.hashMatches()) {
      return fail(
          entry.sequence(),
          "entry "
              + entry.sequence()
              + " was changed: its entry_hash does not match the recomputed hash");
    }
    previous = entry;
    return true;
  }

  /** The result for the entries seen, without comparing against a chain head. */
  public ChainVerification finish() {
    if (broken == null && pendingAfterGap != null) {
      failMissing(pendingExpected, pendingAfterGap.sequence());
    }
    return broken != null ? broken : ChainVerification.intact(checked);
  }

  /**
   * The result for the entries seen, also checking that the last entry is the one the chain head
   * records (which detects entries cut off at the end).
   */
  public ChainVerification finish(long headSequence, String headHash) {
    ChainVerification result = finish();
    if (!result.intact()) {
      return result;
    }
    long lastSequence = previous == null ? 0 : previous.sequence();
    if (lastSequence < headSequence) {
      long first = lastSequence + 1;
      return ChainVerification.broken(
          checked,
          first,
          first == headSequence
              ? "entry " + first + " is missing (the chain head records " + headSequence + ")"
              : "entries "
                  + first
                  + " to "
                  + headSequence
                  + " are missing (the chain head records "
                  + headSequence
                  + ")");
    }
    if (lastSequence > headSequence) {
      return ChainVerification.broken(
          checked,
          headSequence + 1,
          "entry "
              + (headSequence + 1)
              + " is beyond the chain head (the chain head records "
              + headSequence
              + ")");
    }
    String lastHash = previous == null ? Hashing.GENESIS_HASH : previous.entryHash();
    if (!lastHash.equals(headHash)) {
      return ChainVerification.broken(
          checked,
          Math.max(lastSequence, 1),
          "entry " + lastSequence + " does not match the hash recorded in the chain head");
    }
    return result;
  }

  private void resolveGap(AuditEntry next) {
    long gapEntry = pendingAfterGap.sequence();
    if (next.sequence() >= pendingExpected && next.sequence() < gapEntry) {
      fail(
          pendingExpected,
          "entries "
              + pendingExpected
              + " and "
              + gapEntry
              + " are swapped: entry "
              + gapEntry
              + " comes before entry "
              + next.sequence());
    } else {
      failMissing(pendingExpected, gapEntry);
    }
  }

  private void failMissing(long firstMissing, long nextPresent) {
    long lastMissing = nextPresent - 1;
    fail(
        firstMissing,
        firstMissing == lastMissing
            ? "entry " + firstMissing + " is missing"
            : "entries " + firstMissing + " to " + lastMissing + " are missing");
  }

  private boolean fail(long sequence, String reason) {
    broken = ChainVerification.broken(checked, sequence, reason);
    return false;
  }
}
