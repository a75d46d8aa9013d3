package nl.toeslagen.fraudreview.domain;

/** The benefit the signal is about. */
public enum BenefitType {
  ZORGTOESLAG,
  HUURTOESLAG,
  KINDEROPVANGTOESLAG,
  KINDGEBONDEN_BUDGET
}
