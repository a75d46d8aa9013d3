package nl.toeslagen.caselaw.domain;

/** How the question underneath an appeal can still be solved with the citizen. */
public enum AppealSolution {
  SCHIKKING("Schikking met de burger", "Settlement with the citizen"),
  NIEUW_BESLUIT("Nieuw besluit", "New decision"),
  GEEN("Geen oplossing buiten de rechter", "No solution outside court");

  private final String labelNl;
  private final String labelEn;

  AppealSolution(String labelNl, String labelEn) {
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
