package nl.toeslagen.objections.domain;

/** Result of the admissibility assessment. */
public enum AdmissibilityOutcome {
  ADMISSIBLE("Ontvankelijk", "Admissible"),
  /** Requirements are missing: send a repair request (Awb 6:6). */
  REPAIR_REQUIRED("Herstel nodig", "Repair required"),
  /** A repair request is open and its period has not lapsed. */
  AWAITING_REPAIR("Wacht op herstel", "Awaiting repair"),
  NOT_ADMISSIBLE("Niet-ontvankelijk", "Not admissible");

  private final String labelNl;
  private final String labelEn;

  AdmissibilityOutcome(String labelNl, String labelEn) {
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
