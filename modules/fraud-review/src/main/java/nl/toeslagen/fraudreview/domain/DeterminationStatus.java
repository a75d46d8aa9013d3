package nl.toeslagen.fraudreview.domain;

/** A determination takes effect only once a second person approved it. */
public enum DeterminationStatus {
  /** Waiting for the second person. */
  AWAITING_APPROVAL,
  /** Approved: it has taken effect. */
  APPROVED,
  /** Rejected: back to its author with the reviewer's reasons; it has no effect. */
  REJECTED,
  /**
   * Withdrawn by its author before anyone reviewed it (e.g. because nobody may approve it); it has
   * no effect, and its author does not count as an earlier author for the four-eyes rules.
   */
  WITHDRAWN
}
