package nl.toeslagen.riskselection.domain;

import nl.toeslagen.kernel.Role;

/** The reviewed steps of a rule set's lifecycle, each by its own role. */
public enum ApprovalStep {
  PRIVACY_REVIEW("Privacytoets", Role.PRIVACY),
  IMPACT_ASSESSMENT("Impactassessment mensenrechten en algoritmes (IAMA)", Role.PRIVACY),
  PROFESSIONAL_APPROVAL("Vaktechnische goedkeuring", Role.VAKTECHNIEK),
  SUSPENSION_REVIEW("Beoordeling schorsing", Role.PRIVACY);

  private final String labelNl;
  private final Role role;

  ApprovalStep(String labelNl, Role role) {
    this.labelNl = labelNl;
    this.role = role;
  }

  public String labelNl() {
    return labelNl;
  }

  /** The role that takes the step. */
  public Role role() {
    return role;
  }
}
