package nl.toeslagen.fraudreview.domain;

/** A determination takes effect only once a second person approved it. */
public enum DeterminationStatus {
  /** Waiting for the second person. */
  AWAITING_APPROVAL,
  /** Approved: it has taken effect. */
  APPROVED,
  /** Rejected: back to its author with the reviewer's reasons; it has no effect. */
  REJECTED
}
