package nl.toeslagen.hardship.domain;

/** The benefit (toeslag) the recovery is about. */
public enum BenefitType {
  HUURTOESLAG("huurtoeslag", "rent benefit"),
  ZORGTOESLAG("zorgtoeslag", "healthcare benefit"),
  KINDEROPVANGTOESLAG("kinderopvangtoeslag", "childcare benefit"),
  KINDGEBONDEN_BUDGET("kindgebonden budget", "child-related budget");

  private final String labelNl;
  private final String labelEn;

  BenefitType(String labelNl, String labelEn) {
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
