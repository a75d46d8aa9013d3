package nl.toeslagen.objections.domain;

/** Result of the admissibility assessment. */
public enum AdmissibilityOutcome {
  ADMISSIBLE,
  /** Requirements are missing: send a repair request (Awb 6:6). */
  REPAIR_REQUIRED,
  /** A repair request is open and its period has not lapsed. */
  AWAITING_REPAIR,
  NOT_ADMISSIBLE
}
