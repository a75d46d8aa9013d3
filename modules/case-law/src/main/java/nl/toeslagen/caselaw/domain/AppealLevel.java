package nl.toeslagen.caselaw.domain;

/** The level of an appeal: beroep at a district court, hoger beroep at the Raad van State. */
public enum AppealLevel {
  BEROEP("Beroep (rechtbank)", "Appeal (district court)"),
  HOGER_BEROEP("Hoger beroep (Raad van State)", "Higher appeal (Council of State)");

  private final String labelNl;
  private final String labelEn;

  AppealLevel(String labelNl, String labelEn) {
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
