package nl.toeslagen.objections.domain;

/** The outcome of an objection. */
public enum DecisionOutcome {
  GEGROND,
  ONGEGROND,
  GEDEELTELIJK_GEGROND,
  NIET_ONTVANKELIJK,
  INGETROKKEN;

  /** Whether the objector gets everything asked for (or the case ended by withdrawal). */
  public boolean fullyGrantedOrWithdrawn() {
    return this == GEGROND || this == INGETROKKEN;
  }
}
