package nl.toeslagen.hardship.domain;

/** A sign that the citizen cannot wait for the regular queue (seed 000: STELLA teams). */
public enum UrgencySignal {
  UITZETTING("Dreigende uitzetting uit de woning", "Threatened eviction"),
  AFSLUITING_ENERGIE("Dreigende afsluiting van energie", "Threatened disconnection of energy"),
  AFSLUITING_ZORGVERZEKERING(
      "Dreigend verlies van de zorgverzekering", "Threatened loss of health insurance"),
  GEEN_INKOMEN("Geen inkomen", "No income"),
  SCHULDHULP("In de schuldhulpverlening", "In debt counselling"),
  HUISELIJK_GEWELD("Huiselijk geweld", "Domestic violence");

  private final String labelNl;
  private final String labelEn;

  UrgencySignal(String labelNl, String labelEn) {
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
