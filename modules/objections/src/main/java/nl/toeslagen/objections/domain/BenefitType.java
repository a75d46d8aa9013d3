package nl.toeslagen.objections.domain;

/** The benefit (toeslag) the contested decision is about. */
public enum BenefitType {
  HUURTOESLAG("huurtoeslag"),
  ZORGTOESLAG("zorgtoeslag"),
  KINDEROPVANGTOESLAG("kinderopvangtoeslag"),
  KINDGEBONDEN_BUDGET("kindgebonden budget");

  private final String labelNl;

  BenefitType(String labelNl) {
    this.labelNl = labelNl;
  }

  /** The Dutch name as a citizen knows it, in lower case ("kindgebonden budget"). */
  public String labelNl() {
    return labelNl;
  }
}
