package nl.toeslagen.fraudreview.domain;

/** A determination takes effect only once a second person approved it. */
public enum DeterminationStatus {
  /** Waiting for the second person. */
  AWAITING_APPROVAL("Wacht op goedkeuring", "Awaiting approval"),
  /** Approved: it has taken effect. */
  APPROVED("Goedgekeurd", "Approved"),
  /** Rejected: back to its author with the reviewer's reasons; it has no effect. */
  REJECTED("Afgewezen, terug naar opsteller", "Rejected, back to the author"),
  /**
   * Withdrawn by its author before anyone reviewed it (e.g. because nobody may approve it); it has
   * no effect, and its author does not count as an earlier author for the four-eyes rules.
   */
  WITHDRAWN("Ingetrokken door de opsteller", "Withdrawn by the author");

  private final String labelNl;
  private final String labelEn;

  DeterminationStatus(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The label in plain Dutch, for the UI ({@code GET /api/labels}). */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }
}
