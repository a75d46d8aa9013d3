package nl.toeslagen.objections.domain;

/**
 * The handler's finding that the objection was manifestly inadmissible or manifestly unfounded:
 * then no penalty for late decision is due (Awb 4:17 lid 6, sub c). The finding must fit the
 * decision's outcome.
 */
public enum ManifestFinding {
  KENNELIJK_NIET_ONTVANKELIJK(
      "het bezwaar kennelijk niet-ontvankelijk was",
      "the objection was manifestly inadmissible",
      DecisionOutcome.NIET_ONTVANKELIJK),
  KENNELIJK_ONGEGROND(
      "het bezwaar kennelijk ongegrond was",
      "the objection was manifestly unfounded",
      DecisionOutcome.ONGEGROND);

  private final String nl;
  private final String en;
  private final DecisionOutcome outcome;

  ManifestFinding(String nl, String en, DecisionOutcome outcome) {
    this.nl = nl;
    this.en = en;
    this.outcome = outcome;
  }

  /** Dutch clause in subordinate word order, e.g. "het bezwaar kennelijk ongegrond was". */
  public String nl() {
    return nl;
  }

  public String en() {
    return en;
  }

  /** The only decision outcome this finding fits. */
  public DecisionOutcome outcome() {
    return outcome;
  }
}
