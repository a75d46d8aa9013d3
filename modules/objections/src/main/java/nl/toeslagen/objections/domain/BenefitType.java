package nl.toeslagen.objections.domain;

/** The benefit (toeslag) the contested decision is about. */
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

  /** The Dutch name as a citizen knows it, in lower case ("kindgebonden budget"). */
  public String labelNl() {
    return labelNl;
  }

  /** The benefit's name in English. */
  public String labelEn() {
    return labelEn;
  }
}
