package nl.toeslagen.objections.domain;

/** The kind of decision (beschikking) the citizen objects to. */
public enum ContestedDecisionType {
  VOORLOPIGE_TOEKENNING("Voorlopige toekenning", "Provisional award"),
  DEFINITIEVE_TOEKENNING("Definitieve toekenning", "Final award"),
  TERUGVORDERING("Terugvordering", "Recovery"),
  BOETE("Boete", "Fine"),
  /** A revision (herziening) of a final award: no penalty for late decision (Awir art. 12). */
  HERZIENING("Herziening", "Revision"),
  /**
   * A decision on a hardship request (hardheidsclausule, matiging, payment plan or pause, Awir art.
   * 47 and Awb art. 3:4): a decision in its own right (Awb art. 1:3), open to objection; no penalty
   * for late decision applies to it (PenaltyPolicy: only final awards).
   */
  HARDHEIDSBESLISSING("Beslissing op hardheidsverzoek", "Decision on a hardship request");

  private final String labelNl;
  private final String labelEn;

  ContestedDecisionType(String labelNl, String labelEn) {
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

  /** Whether the decision is over a whole benefit year (a final award or its revision). */
  public boolean overAFinishedYear() {
    return this == DEFINITIEVE_TOEKENNING || this == HERZIENING;
  }
}
