package nl.toeslagen.hardship.domain;

/** What is decided on the request. */
public enum HardshipOutcome {
  TOEGEKEND("Toegekend", "Granted"),
  DEELS_TOEGEKEND("Deels toegekend", "Partly granted"),
  AFGEWEZEN("Afgewezen", "Refused");

  private final String labelNl;
  private final String labelEn;

  HardshipOutcome(String labelNl, String labelEn) {
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
