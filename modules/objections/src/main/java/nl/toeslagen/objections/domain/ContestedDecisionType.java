package nl.toeslagen.objections.domain;

/** The kind of decision (beschikking) the citizen objects to. */
public enum ContestedDecisionType {
  VOORLOPIGE_TOEKENNING,
  DEFINITIEVE_TOEKENNING,
  TERUGVORDERING,
  BOETE,
  /** A revision (herziening) of a final award: no penalty for late decision (Awir art. 12). */
  HERZIENING;

  /** Whether the decision is over a whole benefit year (a final award or its revision). */
  public boolean overAFinishedYear() {
    return this == DEFINITIEVE_TOEKENNING || this == HERZIENING;
  }
}
