package nl.toeslagen.objections.domain;

/** The benefit (toeslag) the contested decision is about. */
public enum BenefitType {
  HUURTOESLAG,
  ZORGTOESLAG,
  KINDEROPVANGTOESLAG,
  KINDGEBONDEN_BUDGET
}
