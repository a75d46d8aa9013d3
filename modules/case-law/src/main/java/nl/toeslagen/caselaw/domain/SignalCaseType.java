package nl.toeslagen.caselaw.domain;

/** The kind of case a signal links to. */
public enum SignalCaseType {
  OBJECTION("Bezwaar", "Objection"),
  HARDSHIP_REQUEST("Hardheidsverzoek", "Hardship request"),
  APPEAL("Beroep", "Appeal"),
  RULING("Uitspraak", "Ruling");

  private final String labelNl;
  private final String labelEn;

  SignalCaseType(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The label in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }
}
