package nl.toeslagen.hardship.domain;

/** What the citizen asks for. */
public enum HardshipKind {
  HARDHEIDSCLAUSULE("Hardheidsclausule (artikel 47 Awir)", "Hardship clause (Awir art. 47)"),
  MATIGING("Matiging van de terugvordering", "Moderation of the recovery"),
  PERSOONLIJKE_BETALINGSREGELING("Persoonlijke betalingsregeling", "Personal payment plan"),
  BETAALPAUZE("Betaalpauze", "Payment pause");

  private final String labelNl;
  private final String labelEn;

  HardshipKind(String labelNl, String labelEn) {
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
