package nl.toeslagen.caselaw.domain;

/** Where an appeal stands. */
public enum AppealStatus {
  PROFESSIONAL_LINE_CHECK("Toets vakinhoudelijke lijn", "Professional-line check"),
  STATEMENT_OF_DEFENCE("Verweerschrift opstellen", "Statement of defence"),
  HEARING("Zitting", "Hearing"),
  AWAITING_RULING("Wacht op uitspraak", "Awaiting the ruling"),
  OPGELOST("Opgelost met de burger", "Settled with the citizen"),
  UITSPRAAK("Uitspraak gedaan", "Ruling given");

  private final String labelNl;
  private final String labelEn;

  AppealStatus(String labelNl, String labelEn) {
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

  /** Whether the appeal is closed (settled, or the court ruled). */
  public boolean closed() {
    return this == OPGELOST || this == UITSPRAAK;
  }
}
