package nl.toeslagen.objections.domain;

/** How a hearing takes place. */
public enum HearingMode {
  OP_LOCATIE("Op locatie", "In person"),
  TELEFONISCH("Telefonisch", "By telephone"),
  VIDEO("Video", "By video");

  private final String labelNl;
  private final String labelEn;

  HearingMode(String labelNl, String labelEn) {
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
