package nl.toeslagen.objections.domain;

/** The kind of decision (beschikking) the citizen objects to. */
public enum ContestedDecisionType {
  VOORLOPIGE_TOEKENNING("Voorlopige toekenning", "Provisional award"),
  DEFINITIEVE_TOEKENNING("Definitieve toekenning", "Final award"),
  TERUGVORDERING("Terugvordering", "Recovery"),
  BOETE("Boete", "Fine"),
  /** A revision (herziening) of a final award: no penalty for late decision (Awir art. 12). */
  HERZIENING("Herziening", "Revision");

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
