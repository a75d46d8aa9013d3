package nl.toeslagen.riskselection.domain;

/** Where a rule set stands in its approval lifecycle. Only an active rule set runs. */
public enum RuleSetStatus {
  DRAFT("Concept", "Draft"),
  PRIVACY_REVIEW("Privacytoets", "Privacy review"),
  IMPACT_ASSESSMENT("Impactassessment (IAMA)", "Impact assessment"),
  PROFESSIONAL_APPROVAL("Vaktechnische goedkeuring", "Professional approval"),
  ACTIVE("Actief", "Active"),
  SUSPENDED("Geschorst", "Suspended"),
  RETIRED("Buiten gebruik", "Retired"),
  REJECTED("Afgewezen", "Rejected");

  private final String labelNl;
  private final String labelEn;

  RuleSetStatus(String labelNl, String labelEn) {
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
