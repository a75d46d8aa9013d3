package nl.toeslagen.fraudreview.domain;

/** Priority given when a signal is found relevant. */
public enum Priority {
  HOOG("Hoog", "High"),
  NORMAAL("Normaal", "Normal"),
  LAAG("Laag", "Low");

  private final String labelNl;
  private final String labelEn;

  Priority(String labelNl, String labelEn) {
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
