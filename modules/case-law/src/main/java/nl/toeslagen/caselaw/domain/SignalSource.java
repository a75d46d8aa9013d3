package nl.toeslagen.caselaw.domain;

/**
 * Where a signal comes from (seed 000: complaints, phone topics, citizen letters and objections,
 * plus the hardship workflow's signals for policy and rulings against the agency).
 */
public enum SignalSource {
  KLACHT("Klacht", "Complaint", true),
  TELEFOONONDERWERP("Telefoononderwerp", "Phone topic", true),
  BRIEF_BURGER("Brief van een burger", "Letter from a citizen", true),
  BEZWAAR("Bezwaar", "Objection", false),
  HARDHEIDSVERZOEK(
      "Hardheidsverzoek (signaal voor beleid)", "Hardship request (policy signal)", false),
  UITSPRAAK("Uitspraak van de rechter", "Court ruling", false);

  private final String labelNl;
  private final String labelEn;
  private final boolean manual;

  SignalSource(String labelNl, String labelEn, boolean manual) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.manual = manual;
  }

  /** The label in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }

  /**
   * Whether a person registers signals of this source by hand; the others are recorded by the
   * system when the case behind them happens (an objection received, a policy signal, a ruling).
   */
  public boolean manual() {
    return manual;
  }
}
