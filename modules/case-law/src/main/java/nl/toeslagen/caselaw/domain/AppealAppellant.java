package nl.toeslagen.caselaw.domain;

/** Who lodged the appeal. */
public enum AppealAppellant {
  BURGER("Burger", "Citizen"),
  DIENST_TOESLAGEN("Dienst Toeslagen", "Benefits agency");

  private final String labelNl;
  private final String labelEn;

  AppealAppellant(String labelNl, String labelEn) {
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
