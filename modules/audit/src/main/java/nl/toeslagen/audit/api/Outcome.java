package nl.toeslagen.audit.api;

/** Outcome of an audited action. */
public enum Outcome {
  SUCCESS("Gelukt", "Succeeded"),
  REFUSED("Geweigerd", "Refused"),
  FAILED("Mislukt", "Failed");

  private final String labelNl;
  private final String labelEn;

  Outcome(String labelNl, String labelEn) {
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
