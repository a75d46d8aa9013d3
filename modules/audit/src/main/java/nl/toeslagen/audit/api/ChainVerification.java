package nl.toeslagen.audit.api;

/**
 * Result of recomputing the hash chain.
 *
 * @param intact true when every entry is present, unchanged and linked to its predecessor
 * @param entries number of entries checked
 * @param firstBrokenSequence sequence number of the first entry that is missing, changed or wrongly
 *     linked; null when intact
 * @param reason concise English explanation of the first break; null when intact
 * @param pendingEntries entries recorded and committed but not yet linked into the chain by the
 *     sequencer (normally 0; they are linked right after their transaction commits)
 */
public record ChainVerification(
    boolean intact, long entries, Long firstBrokenSequence, String reason, long pendingEntries) {

  /** Without a count of pending entries (0). */
  public ChainVerification(boolean intact, long entries, Long firstBrokenSequence, String reason) {
    this(intact, entries, firstBrokenSequence, reason, 0);
  }

  public static ChainVerification intact(long entries) {
    return new ChainVerification(true, entries, null, null);
  }

  public static ChainVerification broken(long entries, long firstBrokenSequence, String reason) {
    return new ChainVerification(false, entries, firstBrokenSequence, reason);
  }

  /** This result with the number of entries still waiting to be linked. */
  public ChainVerification withPendingEntries(long pending) {
    return new ChainVerification(intact, entries, firstBrokenSequence, reason, pending);
  }
}
