package nl.toeslagen.hardship.domain;

/** How a recovery is collected, as decided by {@link CollectionRules}. */
public enum CollectionArrangement {
  /**
   * Not collected: a recovery after a final award at or below the efficiency threshold of its year,
   * or nothing to recover at all (amount 0).
   */
  NONE_BELOW_THRESHOLD(
      "Niet invorderen: op of onder de doelmatigheidsgrens, of niets terug te vorderen",
      "Not collected: at or below the efficiency threshold, or nothing to recover"),
  /** Not collected and no interest: a parent in the recovery operation (UHT pause button). */
  PAUSED_UHT(
      "Gepauzeerd: pauzeknop hersteloperatie (geen invordering, geen rente)",
      "Paused: recovery-operation pause button (no collection, no interest)"),
  /** Offset in (at most) 24 monthly terms against the running advance. */
  STANDARD_24_TERMS(
      "Standaard betalingsregeling: 24 termijnen verrekend met het voorschot",
      "Standard arrangement: 24 terms offset against the advance"),
  /** A personal payment plan at the citizen's capacity to pay. */
  PERSONAL_PLAN(
      "Persoonlijke betalingsregeling naar betalingscapaciteit",
      "Personal payment plan at the capacity to pay"),
  /** No capacity to pay: collection stops, except offsetting one-off refunds for three years. */
  SUSPENDED_NO_CAPACITY(
      "Invordering gestopt: geen betalingscapaciteit (alleen verrekening van eenmalige"
          + " teruggaven, drie jaar)",
      "Collection stopped: no capacity to pay (only one-off refunds offset, three years)");

  private final String labelNl;
  private final String labelEn;

  CollectionArrangement(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The arrangement in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The arrangement in English. */
  public String labelEn() {
    return labelEn;
  }
}
