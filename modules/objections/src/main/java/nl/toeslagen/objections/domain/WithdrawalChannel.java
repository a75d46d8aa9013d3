package nl.toeslagen.objections.domain;

/** How the objector withdrew the objection (Awb 6:21). */
public enum WithdrawalChannel {
  /** By telephone: confirmed to the objector in a letter. */
  TELEPHONE("Telefonisch", "By telephone"),
  /** In writing (letter, e-mail, form): registered with its date of receipt. */
  WRITTEN("Schriftelijk", "In writing");

  private final String labelNl;
  private final String labelEn;

  WithdrawalChannel(String labelNl, String labelEn) {
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
