package nl.toeslagen.hardship.domain;

/** Where a problem beyond the agency is referred to (seed 000). */
public enum ReferralTarget {
  GEMEENTELIJKE_SCHULDHULP("Gemeentelijke schuldhulpverlening", "Municipal debt counselling"),
  LANDELIJK_MAATWERKLOKET(
      "Landelijk maatwerkloket multiproblematiek",
      "National tailored-help desk for multiple problems"),
  LANDELIJK_ESCALATIETEAM("Landelijk Escalatieteam (LET)", "National escalation team (LET)");

  private final String labelNl;
  private final String labelEn;

  ReferralTarget(String labelNl, String labelEn) {
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
