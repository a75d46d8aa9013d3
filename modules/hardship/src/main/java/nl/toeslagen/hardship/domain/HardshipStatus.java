package nl.toeslagen.hardship.domain;

/** Where a request stands. */
public enum HardshipStatus {
  TRIAGE("Triage", "Triage"),
  URGENT_CONTACT("Spoedcontact", "Urgent contact"),
  ASSESSMENT("Beoordeling", "Assessment"),
  REVIEW("Controle vaktechniek", "Professional review"),
  DECIDED("Besloten", "Decided");

  private final String labelNl;
  private final String labelEn;

  HardshipStatus(String labelNl, String labelEn) {
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
