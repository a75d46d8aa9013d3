package nl.toeslagen.objections.domain;

/** Penalty cases for tests of other layers (see {@link PenaltyDecisionTest}). */
public final class PenaltyDecisionTestCases {

  private PenaltyDecisionTestCases() {}

  /**
   * ONGEGROND on 14 April 2027 after a notice of 1 February 2027; EUR 200 at stake over 2025: eight
   * full weeks (EUR 80), last day 13 April 2027, to be set by 28 April 2027.
   */
  public static Objection decidedOngegrond() {
    return PenaltyDecisionTest.decided(
        DecisionOutcome.ONGEGROND, "2026-10-05", "2027-02-01", "2027-04-14", 20000L, 2025);
  }

  /** GEGROND on 10 June 2025 after a notice of 6 May 2025: three full weeks (EUR 30). */
  public static Objection decidedGegrond() {
    return PenaltyDecisionTest.decided(
        DecisionOutcome.GEGROND, "2025-01-06", "2025-05-06", "2025-06-10", 50000L, 2023);
  }
}
