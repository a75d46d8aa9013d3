package nl.toeslagen.hardship.domain;

/** The queue a request is handled in. */
public enum Track {
  URGENT("Spoed (STELLA)", "Urgent (STELLA)"),
  REGULAR("Regulier", "Regular");

  private final String labelNl;
  private final String labelEn;

  Track(String labelNl, String labelEn) {
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
