package nl.toeslagen.objections.domain;

/** When the objector need not be heard (Awb 7:3 a–e); the decision must state which (7:12). */
public enum HearingSkipReason {
  A_KENNELIJK_NIET_ONTVANKELIJK(
      "a",
      "het bezwaar is kennelijk niet-ontvankelijk",
      "uw bezwaar kennelijk niet-ontvankelijk is",
      "the objection is manifestly inadmissible",
      DecisionOutcome.NIET_ONTVANKELIJK),
  B_KENNELIJK_ONGEGROND(
      "b",
      "het bezwaar is kennelijk ongegrond",
      "uw bezwaar kennelijk ongegrond is",
      "the objection is manifestly unfounded",
      DecisionOutcome.ONGEGROND),
  C_AFSTAND_GEDAAN(
      "c",
      "u heeft laten weten dat u niet gehoord wilt worden",
      "u heeft laten weten dat u niet gehoord wilt worden",
      "the objector waived the hearing",
      null),
  D_GEEN_REACTIE(
      "d",
      "u heeft niet binnen de gestelde termijn laten weten dat u gehoord wilt worden",
      "u niet binnen de gestelde termijn heeft laten weten dat u gehoord wilt worden",
      "the objector did not reply to the offer to be heard in time",
      null),
  E_VOLLEDIG_TEGEMOETGEKOMEN(
      "e",
      "aan het bezwaar wordt volledig tegemoetgekomen",
      "wij uw bezwaar volledig toewijzen",
      "the objection is fully granted",
      DecisionOutcome.GEGROND);

  private final String letter;
  private final String nl;
  private final String clauseNl;
  private final String en;
  private final DecisionOutcome requiredOutcome;

  HearingSkipReason(
      String letter, String nl, String clauseNl, String en, DecisionOutcome requiredOutcome) {
    this.letter = letter;
    this.nl = nl;
    this.clauseNl = clauseNl;
    this.en = en;
    this.requiredOutcome = requiredOutcome;
  }

  /** The sub-paragraph letter of Awb 7:3. */
  public String letter() {
    return letter;
  }

  public String nl() {
    return nl;
  }

  /**
   * The reason as a subordinate clause, verb last, to follow "omdat" (e.g. "uw bezwaar kennelijk
   * ongegrond is").
   */
  public String clauseNl() {
    return clauseNl;
  }

  public String en() {
    return en;
  }

  /** The only outcome this reason fits, or {@code null} when any outcome fits (c, d). */
  public DecisionOutcome requiredOutcome() {
    return requiredOutcome;
  }

  /**
   * The sentence the decision states, e.g. "U bent niet gehoord omdat ... (artikel 7:3, onder e,
   * Awb)."
   */
  public String statementNl() {
    return "U bent niet gehoord, omdat "
        + clauseNl
        + " (artikel 7:3, onder "
        + letter
        + ", van de Algemene wet bestuursrecht).";
  }
}
