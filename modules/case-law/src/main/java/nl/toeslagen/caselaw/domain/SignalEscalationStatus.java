package nl.toeslagen.caselaw.domain;

/** Where an escalation stands: open until management records its follow-up. */
public enum SignalEscalationStatus {
  OPEN("Open: wacht op opvolging door de teamleider", "Open: awaiting the team leader's follow-up"),
  OPGEVOLGD("Opgevolgd", "Followed up");

  private final String labelNl;
  private final String labelEn;

  SignalEscalationStatus(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The label in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }
}
