package nl.toeslagen.caselaw.domain;

/**
 * One lock per signal category, so that the threshold evaluations of one category (count, open or
 * join) and a follow-up that closes its escalation run one after another. Held until the end of the
 * caller's transaction, which must be short: never the transaction of a change that merely raised a
 * signal.
 */
public interface SignalCategoryLocks {

  /** Takes the category's lock (waiting for the transaction that holds it). */
  void lock(String category);
}
