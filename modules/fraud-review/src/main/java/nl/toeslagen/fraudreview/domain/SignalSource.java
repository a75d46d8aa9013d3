package nl.toeslagen.fraudreview.domain;

/** Where a signal of possible misuse came from. A signal is not a suspicion. */
public enum SignalSource {
  /** An internal check by the agency. */
  INTERNE_CONTROLE("Interne controle", "Internal check"),
  /** A random sample (steekproef), also a control group for selection bias. */
  STEEKPROEF("Steekproef", "Random sample"),
  /** A tip from outside. */
  TIP("Tip", "Tip-off"),
  /** A partner organisation in the chain (ketenpartner). */
  KETENPARTNER("Ketenpartner", "Partner organisation"),
  /** A registered selection run; a selected case always goes to a person. */
  SELECTIERUN("Selectierun", "Selection run");

  private final String labelNl;
  private final String labelEn;

  SignalSource(String labelNl, String labelEn) {
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
