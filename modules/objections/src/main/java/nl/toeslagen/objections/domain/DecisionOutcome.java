package nl.toeslagen.objections.domain;

/** The outcome of an objection. */
public enum DecisionOutcome {
  GEGROND("Gegrond", "Well-founded"),
  ONGEGROND("Ongegrond", "Unfounded"),
  GEDEELTELIJK_GEGROND("Gedeeltelijk gegrond", "Partly well-founded"),
  NIET_ONTVANKELIJK("Niet-ontvankelijk", "Inadmissible"),
  INGETROKKEN("Ingetrokken", "Withdrawn");

  private final String labelNl;
  private final String labelEn;

  DecisionOutcome(String labelNl, String labelEn) {
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

  /** Whether the objector gets everything asked for (or the case ended by withdrawal). */
  public boolean fullyGrantedOrWithdrawn() {
    return this == GEGROND || this == INGETROKKEN;
  }
}
