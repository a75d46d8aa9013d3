package nl.toeslagen.audit.api;

/**
 * Result of recomputing the hash chain.
 *
 * @param intact true when every entry is present, unchanged and linked to its predecessor
 * @param entries number of entries checked
 * @param firstBrokenSequence sequence number of the first entry that is missing, changed or wrongly
 *     linked; null when intact
 * @param reason concise English explanation of the first break; null when intact
 */
public record ChainVerification(
    boolean intact, long entries, Long firstBrokenSequence, String reason) {

  public static ChainVerification intact(long entries) {
    return new ChainVerification(true, entries, null, null);
  }

  public static ChainVerification broken(long entries, long firstBrokenSequence, String reason) {
    return new ChainVerification(false, entries, firstBrokenSequence, reason);
  }
}
