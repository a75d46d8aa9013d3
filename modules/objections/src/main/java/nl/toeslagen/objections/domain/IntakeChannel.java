package nl.toeslagen.objections.domain;

/**
 * How the objection reached the agency. Only {@link #POST} objections can rely on a postmark (Awb
 * 6:9 lid 2).
 */
public enum IntakeChannel {
  POST("Per post", "By post"),
  DIGITAAL("Digitaal", "Online"),
  BALIE("Aan de balie", "At the desk");

  private final String labelNl;
  private final String labelEn;

  IntakeChannel(String labelNl, String labelEn) {
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
