package nl.toeslagen.kernel;

/** The roles of employees; the names equal the {@link RoleNames} constants. */
public enum Role {
  BEHANDELAAR("Behandelaar", "Case handler"),
  VAKTECHNIEK("Vaktechniek", "Professional line (legal/technical expert)"),
  TOEZICHT("Toezicht", "Supervision"),
  PRIVACY("Privacy", "Privacy officer"),
  TEAMLEIDER("Teamleider", "Team leader"),
  INSPECTIE("Inspectie", "Inspection"),
  BEHEER("Beheer", "Administration");

  private final String labelNl;
  private final String labelEn;

  Role(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** Name to show in Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** Name to show in English. */
  public String labelEn() {
    return labelEn;
  }
}
