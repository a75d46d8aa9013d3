package nl.toeslagen.riskselection.domain;

/** How far a selection rule may use a feature (waarborgenkader selectie-instrumenten). */
public enum FeatureClassification {
  /** Ordinary data about the benefit; usable by a registered, approved rule set. */
  ALLOWED("Toegestaan", "Allowed"),
  /**
   * May stand in for a protected ground (nationality, origin): usable only with a written
   * justification, a passed bias test on synthetic data and the privacy adviser's approval.
   */
  PROXY_SUSPECT("Mogelijk indirect onderscheid", "Suspected proxy"),
  /** A protected ground itself: never usable by any rule. */
  PROHIBITED("Verboden", "Prohibited");

  private final String labelNl;
  private final String labelEn;

  FeatureClassification(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  public String labelNl() {
    return labelNl;
  }

  public String labelEn() {
    return labelEn;
  }
}
